// SMTP with libcurl (write/mail_smtp.hpp).
#include "write/mail_smtp.hpp"

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace planbridge {

namespace {

void init_curl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct UrlParts {
    std::string scheme, host, port, user, password;
};

UrlParts parts_of(const std::string& url) {
    std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> u(curl_url(), curl_url_cleanup);
    if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        throw PlanError(ErrorKind::usage, "", "--smtp", "'" + url + "' is not a URL (write smtp://relay.example.gov.uk:587 or smtps://…:465)");
    UrlParts p;
    auto part = [&](CURLUPart which, std::string& out) {
        char* s = nullptr;
        if (curl_url_get(u.get(), which, &s, 0) == CURLUE_OK && s) out = s;
        curl_free(s);
    };
    part(CURLUPART_SCHEME, p.scheme);
    part(CURLUPART_HOST, p.host);
    part(CURLUPART_PORT, p.port);
    part(CURLUPART_USER, p.user);
    part(CURLUPART_PASSWORD, p.password);
    return p;
}

struct Reading {
    const std::string* message = nullptr;
    size_t at = 0;
};

size_t read_message(char* buffer, size_t size, size_t count, void* user) {
    auto* r = static_cast<Reading*>(user);
    size_t n = std::min(size * count, r->message->size() - r->at);
    std::memcpy(buffer, r->message->data() + r->at, n);
    r->at += n;
    return n;
}

// The server's replies in one transaction: the last, and the first refusal (4xx or 5xx: what it
// said to the command that failed, before curl's QUIT was answered).
struct Replies {
    std::string last, refusal;
};

int keep_reply(CURL*, curl_infotype type, char* data, size_t size, void* user) {
    if (type != CURLINFO_HEADER_IN) return 0;
    auto* r = static_cast<Replies*>(user);
    std::string line(data, size);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    if (r->refusal.empty() && !line.empty() && (line[0] == '4' || line[0] == '5')) r->refusal = line;
    r->last = std::move(line);
    return 0;
}

ErrorKind kind_of(CURLcode rc, long reply_code) {
    switch (rc) {
        case CURLE_LOGIN_DENIED: return ErrorKind::smtp_login;
        case CURLE_USE_SSL_FAILED:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR: return ErrorKind::smtp_tls;
        default: break;
    }
    // A refusal the server replied with (RCPT, MAIL or the message itself): this recipient only.
    if (reply_code >= 400 && (rc == CURLE_SEND_ERROR || rc == CURLE_WEIRD_SERVER_REPLY || rc == CURLE_RECV_ERROR)) return ErrorKind::not_sent;
    return ErrorKind::smtp_connection;
}

}  // namespace

void check_smtp_url(const std::string& url) {
    UrlParts p = parts_of(url);
    if (p.scheme != "smtp" && p.scheme != "smtps")
        throw PlanError(ErrorKind::usage, "", "--smtp", "'" + p.scheme + "://': planbridge sends with smtp:// (STARTTLS) or smtps://");
    if (!p.password.empty())
        throw PlanError(ErrorKind::usage, "", "--smtp",
                        "the URL holds a password: never put one on the command line (set PLANBRIDGE_SMTP_PASSWORD, or use --netrc)");
}

std::string shown_url(const std::string& url) {
    UrlParts p = parts_of(url);
    return p.scheme + "://" + p.host + (p.port.empty() ? "" : ":" + p.port);
}

struct SmtpSender::Impl {
    SmtpSettings s;
    CURL* curl = nullptr;
    Replies reply;
    char error[CURL_ERROR_SIZE] = {};
};

SmtpSender::SmtpSender(SmtpSettings s) : impl_(new Impl{std::move(s), nullptr, {}, {}}) {
    check_smtp_url(impl_->s.url);
    init_curl();
    impl_->curl = curl_easy_init();
    if (!impl_->curl) {
        delete impl_;
        throw PlanError(ErrorKind::internal, "", "--smtp", "libcurl could not start");
    }
}

SmtpSender::~SmtpSender() {
    curl_easy_cleanup(impl_->curl);
    delete impl_;
}

SmtpOutcome SmtpSender::send(const std::string& from, const std::string& recipient, const std::string& message) {
    CURL* c = impl_->curl;
    const SmtpSettings& s = impl_->s;
    curl_easy_reset(c);  // keeps the connection: the next transaction goes over it
    Reading reading{&message, 0};
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + recipient + ">").c_str());
    const std::string mail_from = "<" + from + ">";
    curl_easy_setopt(c, CURLOPT_URL, s.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(s.insecure_plain ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    if (!s.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, s.ca_file.c_str());
    if (s.netrc) {
        curl_easy_setopt(c, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_REQUIRED));
        if (!s.netrc->empty()) curl_easy_setopt(c, CURLOPT_NETRC_FILE, s.netrc->c_str());
    }
    if (!s.user.empty()) curl_easy_setopt(c, CURLOPT_USERNAME, s.user.c_str());
    if (!s.password.empty()) curl_easy_setopt(c, CURLOPT_PASSWORD, s.password.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_message);
    curl_easy_setopt(c, CURLOPT_READDATA, &reading);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, s.timeout_seconds);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 100L);  // a stalled server: under 100 bytes/s for a minute
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, impl_->error);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);  // for the reply lines only: the debug function prints nothing
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, keep_reply);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &impl_->reply);
    impl_->reply = {};
    impl_->error[0] = '\0';
    CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(rcpt);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    if (rc == CURLE_OK) return {true, ErrorKind::not_sent, impl_->reply.last};
    SmtpOutcome out{false, kind_of(rc, code), ""};
    std::string what = impl_->error[0] ? impl_->error : curl_easy_strerror(rc);
    const std::string& refusal = impl_->reply.refusal;
    out.detail = out.failure == ErrorKind::not_sent && !refusal.empty() ? "the server replied " + refusal : what;
    if (out.failure == ErrorKind::smtp_connection && code == 354) out.detail = "the connection dropped while the message was sent (" + what + ")";
    return out;
}

}  // namespace planbridge
