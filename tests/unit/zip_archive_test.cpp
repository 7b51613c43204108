// The zip layer: bounded decompression, on the inline path (small parts) and the threaded
// pipeline (parts over 8 MiB). Archives are built here with libzip itself.
#include <catch2/catch.hpp>

#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <unistd.h>
#include <string>

#include "support/error.hpp"
#include "support/zip_archive.hpp"

using namespace planbridge;

namespace {
// Writes a zip holding one entry 'name' with the given content; returns its path.
std::string make_zip(const std::string& name, const std::string& content) {
    static int n = 0;
    std::string path = (std::filesystem::temp_directory_path() / ("pb-zip-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + ".zip")).string();
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(za);
    zip_source_t* src = zip_source_buffer(za, content.data(), content.size(), 0);
    REQUIRE(src);
    REQUIRE(zip_file_add(za, name.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
    REQUIRE(zip_close(za) == 0);
    return path;
}

std::string patterned(size_t size) {
    std::string s(size, '\0');
    uint32_t x = 12345;
    for (size_t i = 0; i < size; ++i) {
        x = x * 1103515245 + 12345;
        s[i] = static_cast<char>('a' + (x >> 16) % 26);
    }
    return s;
}
}  // namespace

TEST_CASE("small and large parts stream back byte for byte", "[zip]") {
    for (size_t size : {size_t{1000}, size_t{20} << 20}) {  // inline path, then the pipeline
        INFO(size);
        std::string content = patterned(size);
        std::string path = make_zip("xl/worksheets/sheet1.xml", content);
        ZipArchive zip(path, "test.zip");
        CHECK(zip.find("XL/Worksheets/Sheet1.xml") == std::string("xl/worksheets/sheet1.xml"));  // case-insensitive
        std::string back;
        size_t chunks = 0;
        zip.stream("xl/worksheets/sheet1.xml", [&](const char* p, size_t n) {
            back.append(p, n);
            ++chunks;
        });
        CHECK(back == content);
        CHECK(chunks > 0);
        std::remove(path.c_str());
    }
}

TEST_CASE("zip bombs stop at the budget on both paths", "[zip][hostile]") {
    std::string zeros(40u << 20, '0');  // 40 MiB of one byte: compresses about 1000:1
    std::string path = make_zip("bomb.xml", zeros);
    {
        ZipArchive zip(path, "bomb.zip");  // default limits: the ratio check fires past 16 MiB
        try {
            zip.stream("bomb.xml", [](const char*, size_t) {});
            FAIL("bomb read without error");
        } catch (const PlanError& e) {
            CHECK(e.kind() == ErrorKind::limits);
        }
    }
    {
        ZipLimits small;
        small.max_entry_bytes = 1u << 20;
        ZipArchive zip(path, "bomb.zip", small);
        CHECK_THROWS_AS(zip.stream("bomb.xml", [](const char*, size_t) {}), PlanError);
    }
    std::remove(path.c_str());
}

TEST_CASE("a failing consumer stops the pipeline cleanly", "[zip]") {
    std::string path = make_zip("big.xml", patterned(12u << 20));
    ZipArchive zip(path, "big.zip");
    size_t seen = 0;
    CHECK_THROWS_AS(zip.stream("big.xml",
                               [&](const char*, size_t n) {
                                   seen += n;
                                   if (seen > (1u << 20)) throw PlanError(ErrorKind::corrupt, "big.zip", "", "parser gave up");
                               }),
                    PlanError);
    // The archive is still usable afterwards.
    std::string all = zip.read_all("big.xml");
    CHECK(all.size() == (12u << 20));
    std::remove(path.c_str());
}

TEST_CASE("not a zip, and a missing part", "[zip]") {
    CHECK_THROWS_AS(ZipArchive(std::string(PLANBRIDGE_SOURCE_DIR) + "/README.md", "README.md"), PlanError);
    std::string path = make_zip("a.xml", "<a/>");
    ZipArchive zip(path, "a.zip");
    try {
        zip.read_all("b.xml");
        FAIL("read a missing part");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::corrupt);
        CHECK(e.place() == "b.xml");
    }
    std::remove(path.c_str());
}
