// The inflater (ISA-L) on deflate data written by libzip (zlib's deflate), and what it does
// with damaged, cut-short and mislabelled data: an error every time, never wrong bytes.
#include <catch2/catch.hpp>

#include <zip.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "support/error.hpp"
#include "support/inflater.hpp"
#include "support/zip_archive.hpp"

using namespace planbridge;

namespace {

std::string temp_zip_path() {
    static int n = 0;
    return (std::filesystem::temp_directory_path() / ("pb-inflate-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + ".zip")).string();
}

// A zip with one deflated entry, written by libzip.
std::string make_zip(const std::string& content) {
    std::string path = temp_zip_path();
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(za);
    zip_source_t* src = zip_source_buffer(za, content.data(), content.size(), 0);
    REQUIRE(src);
    zip_int64_t i = zip_file_add(za, "part.xml", src, ZIP_FL_OVERWRITE);
    REQUIRE(i >= 0);
    REQUIRE(zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 9) == 0);
    REQUIRE(zip_close(za) == 0);
    return path;
}

struct Deflated {
    std::string data;
    uint32_t crc = 0;
};

// The entry's raw deflate bytes and CRC, as the zip holds them.
Deflated raw_entry(const std::string& path) {
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_RDONLY, &err);
    REQUIRE(za);
    zip_stat_t st;
    REQUIRE(zip_stat(za, "part.xml", 0, &st) == 0);
    REQUIRE(st.comp_method == ZIP_CM_DEFLATE);
    zip_file_t* f = zip_fopen(za, "part.xml", ZIP_FL_COMPRESSED);
    REQUIRE(f);
    Deflated d;
    d.data.resize(st.comp_size);
    REQUIRE(zip_fread(f, d.data.data(), d.data.size()) == static_cast<zip_int64_t>(d.data.size()));
    d.crc = st.crc;
    zip_fclose(f);
    zip_discard(za);
    return d;
}

std::string text(size_t size) {
    std::string s;
    for (size_t i = 0; s.size() < size; ++i) s += "<row r=\"" + std::to_string(i) + "\"><c t=\"s\"><v>" + std::to_string(i * 7919 % 1000) + "</v></c></row>";
    s.resize(size);
    return s;
}

// Inflates all of 'in', handing it over 'piece' compressed bytes at a time and asking for
// 'out_size' bytes at a time.
std::string inflate_all(const std::string& in, uint32_t crc, size_t piece, size_t out_size) {
    size_t at = 0;
    Inflater inflater(
        [&](uint8_t* buf, size_t size) {
            size_t n = std::min({size, piece, in.size() - at});
            std::memcpy(buf, in.data() + at, n);
            at += n;
            return n;
        },
        crc);
    std::string out, buf(out_size, '\0');
    while (size_t n = inflater.read(buf.data(), buf.size())) out.append(buf.data(), n);
    return out;
}

}  // namespace

TEST_CASE("deflate data from libzip inflates byte for byte, however it is fed", "[zip][inflate]") {
    std::string content = text(3u << 20);
    std::string path = make_zip(content);
    Deflated d = raw_entry(path);
    CHECK(d.data.size() < content.size() / 3);  // really compressed
    CHECK(inflate_all(d.data, d.crc, 1 << 16, 1 << 18) == content);
    CHECK(inflate_all(d.data, d.crc, 1, 1 << 18) == content);  // one compressed byte at a time
    CHECK(inflate_all(d.data, d.crc, 1 << 16, 7) == content);             // seven bytes out at a time
    std::remove(path.c_str());
}

TEST_CASE("a wrong CRC, cut-short data and damaged data are errors", "[zip][inflate][hostile]") {
    std::string content = text(1u << 20);
    std::string path = make_zip(content);
    Deflated d = raw_entry(path);
    CHECK_THROWS_WITH(inflate_all(d.data, d.crc ^ 1, 1 << 16, 1 << 18), "CRC error");
    CHECK_THROWS_AS(inflate_all(d.data.substr(0, d.data.size() / 2), d.crc, 1 << 16, 1 << 18), InflateError);
    CHECK_THROWS_AS(inflate_all("", d.crc, 1 << 16, 1 << 18), InflateError);
    // Any one byte changed: the data no longer decodes, or decodes to bytes the CRC rejects.
    for (size_t at : {size_t{0}, size_t{1}, d.data.size() / 3, d.data.size() / 2, d.data.size() - 2}) {
        INFO(at);
        std::string damaged = d.data;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
        CHECK_THROWS_AS(inflate_all(damaged, d.crc, 1 << 16, 1 << 18), InflateError);
    }
    std::remove(path.c_str());
}

TEST_CASE("a damaged entry in a zip is a corrupt-file error naming the entry", "[zip][inflate][hostile]") {
    std::string content = text(1u << 20);
    std::string path = make_zip(content);
    Deflated d = raw_entry(path);
    // Change a byte in the middle of the entry's compressed data, in the file itself.
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    size_t at = bytes.find(d.data.substr(d.data.size() / 2, 64));
    REQUIRE(at != std::string::npos);
    bytes[at] = static_cast<char>(bytes[at] ^ 0x5a);
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << bytes;
    }
    ZipArchive zip(path, "damaged.xlsx");
    try {
        zip.read_all("part.xml");
        FAIL("a damaged entry read without error");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::corrupt);
        CHECK(e.place() == "part.xml");
        CHECK(std::string(e.what()).find("damaged zip entry") != std::string::npos);
    }
    std::remove(path.c_str());
}
