#include "store/BlobStore.h"

#include "common/Sha256.h"


#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

namespace ecabinet::hub {

namespace fs = std::filesystem;

namespace {

std::string errnoText(const std::string &what, const fs::path &p) {
    return what + " " + p.string() + ": " + std::strerror(errno);
}

// RAII file descriptor so no early return leaks it.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { if (fd_ >= 0) ::close(fd_); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return fd_; }
    int release() { int f = fd_; fd_ = -1; return f; }
private:
    int fd_;
};

bool writeAll(int fd, std::string_view bytes) {
    const char *p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

bool fsyncDir(const fs::path &dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.get() >= 0 && ::fsync(fd.get()) == 0;
}

} // namespace

BlobStore::BlobStore(fs::path root) : root_(std::move(root)) {}

bool BlobStore::isSha256Hex(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string BlobStore::sha256Hex(std::string_view bytes) { return Sha256::hexOf(bytes); }

fs::path BlobStore::fileFor(const std::string &sha256) const {
    return root_ / sha256.substr(0, 2) / sha256;
}

Result<std::string, std::string> BlobStore::put(std::string_view bytes, std::string_view expected) {
    const std::string hash = sha256Hex(bytes);
    if (!expected.empty() && expected != hash)
        return fail("blob hash mismatch: expected " + std::string(expected) + ", bytes hash to " + hash);
    const fs::path dir = root_ / hash.substr(0, 2);
    const fs::path final = dir / hash;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return fail("cannot create " + dir.string() + ": " + ec.message());
    // Same name = same bytes: an existing complete blob needs no rewrite.
    if (fs::exists(final, ec) && fs::file_size(final, ec) == bytes.size()) return hash;

    const fs::path tmp = dir / (hash + ".tmp." + std::to_string(::getpid()));
    {
        Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        if (fd.get() < 0) return fail(errnoText("cannot create", tmp));
        if (!writeAll(fd.get(), bytes) || ::fsync(fd.get()) != 0) {
            const std::string err = errnoText("cannot write", tmp);
            fs::remove(tmp, ec);
            return fail(err);
        }
        if (::close(fd.release()) != 0) {
            const std::string err = errnoText("cannot close", tmp);
            fs::remove(tmp, ec);
            return fail(err);
        }
    }
    if (::rename(tmp.c_str(), final.c_str()) != 0) {
        const std::string err = errnoText("cannot rename into", final);
        fs::remove(tmp, ec);
        return fail(err);
    }
    if (!fsyncDir(dir)) return fail(errnoText("cannot fsync directory", dir));
    return hash;
}

bool BlobStore::contains(const std::string &sha256) const {
    std::error_code ec;
    return isSha256Hex(sha256) && fs::is_regular_file(fileFor(sha256), ec);
}

std::optional<fs::path> BlobStore::path(const std::string &sha256) const {
    if (!contains(sha256)) return std::nullopt;
    return fileFor(sha256);
}

std::optional<std::uint64_t> BlobStore::size(const std::string &sha256) const {
    if (!contains(sha256)) return std::nullopt;
    std::error_code ec;
    const auto n = fs::file_size(fileFor(sha256), ec);
    if (ec) return std::nullopt;
    return n;
}

bool BlobStore::intact(const std::string &sha256) const {
    if (!contains(sha256)) return false;
    std::ifstream in(fileFor(sha256), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return in.good() || in.eof() ? sha256Hex(bytes) == sha256 : false;
}

} // namespace ecabinet::hub
