// bench-registry — the cost of our layers over the database, for the two reads users wait on:
//   dashboard: GetStatistics (no filter) over 1,000 directives × 50 units × 5 tasks each
//              (250,000 tasks, 50,000 recipients, ~35,000 receipts), as the dispatch office;
//   inboxes:   ListDirectives (first page, 100) for each of 1,600 users, one after another.
// "Ours" = the time a desk client (DEALER, CURVE) waits for the reply of the real
// ecabinet-registry process. "Raw" = the very statements the registry ran for the same
// requests (captured from its RegistryDb, binds inlined), run by `sqlite3` / `psql` in one
// process, wall time including that process's start and its text output (read and dropped).
// Median of N interleaved runs (default 5), on SQLite, then on PostgreSQL in a throw-away
// cluster (pg_virtualenv). Last line: "registry ratio: X (target ≤ 2.0)", X = the worst of the
// four ratios.
//
// Target ≤ 2.0, why: our path adds per request a CURVE round trip, protobuf encoding of the
// reply, the session lookup (part of the captured SQL, so in both), and building wire objects
// row by row through Qt SQL's QVariant API — work of the same order as the CLIs' own text
// formatting; anything above 2× means our layers, not the SQL, dominate what users wait for.
#include "Dataset.h"

#include "HubLauncher.h"
#include "protocol/Version.h"
#include "registry/RegistryDb.h"
#include "registry/RegistryService.h"
#include "service/MeetingService.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zmq.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>

using namespace ecabinet;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string backend; // "" = both (sqlite here, postgresql in a child under pg_virtualenv)
    int runs = 5;
    bench::DatasetSize size;
};

std::string env(const char *n) { return qEnvironmentVariable(n).toStdString(); }

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString literal(const QVariant &v) {
    if (v.isNull()) return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return v.toString();
    default: {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    }
}

QString inlineBinds(const QString &sql, const QVariantList &binds) {
    QString out;
    int next = 0;
    for (const QChar ch : sql) {
        if (ch == QLatin1Char('?') && next < binds.size()) out += literal(binds[next++]);
        else out += ch;
    }
    return out + QStringLiteral(";\n");
}

class Desk {
public:
    Desk(int port, const std::string &serverKey, const std::string &pub, const std::string &sec)
        : sock_(ctx_, zmq::socket_type::dealer) {
        sock_.set(zmq::sockopt::curve_serverkey, serverKey);
        sock_.set(zmq::sockopt::curve_publickey, pub);
        sock_.set(zmq::sockopt::curve_secretkey, sec);
        sock_.set(zmq::sockopt::linger, 0);
        sock_.set(zmq::sockopt::rcvtimeo, 120000);
        sock_.connect("tcp://127.0.0.1:" + std::to_string(port));
    }
    wire::RegistryEnvelope call(wire::RegistryEnvelope r, const std::string &session) {
        r.set_major(protocol::kMajor);
        r.set_minor(protocol::kMinor);
        r.set_request_id(++next_);
        r.set_session(session);
        const std::string bytes = r.SerializeAsString();
        sock_.send(zmq::buffer(bytes), zmq::send_flags::none);
        zmq::message_t m;
        if (!sock_.recv(m)) throw std::runtime_error("no reply from the registry within 120 s");
        wire::RegistryEnvelope reply;
        if (!reply.ParseFromArray(m.data(), static_cast<int>(m.size()))) throw std::runtime_error("undecodable reply");
        if (reply.has_error()) throw std::runtime_error("registry error: " + reply.error().message());
        return reply;
    }

private:
    zmq::context_t ctx_;
    zmq::socket_t sock_;
    std::uint64_t next_ = 0;
};

// Runs the SQL script with the backend's command-line client; wall time in ms.
double runCli(bool postgres, const std::string &dbFile, const std::string &script) {
    QProcess p;
    p.setStandardInputFile(QString::fromStdString(script));
    const auto t0 = Clock::now();
    if (postgres)
        p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")});
    else
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QString::fromStdString(dbFile)});
    p.waitForStarted();
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        p.readAllStandardOutput();
    }
    p.readAllStandardOutput();
    const double t = ms(Clock::now() - t0);
    if (p.exitCode() != 0) throw std::runtime_error("the CLI failed: " + p.readAllStandardError().toStdString());
    return t;
}

struct Figures {
    double oursDash, rawDash, oursInbox, rawInbox;
};

double runBackend(const std::string &backend, const Options &o) {
    const bool postgres = backend == "postgresql";
    QTemporaryDir dir;
    const std::string data = dir.path().toStdString();
    const std::string bin = ECABINET_BIN_DIR;
    if (!launch::runProgram(bin + "/ecabinet-registry", {"--data", data, "init"}).ok()) throw std::runtime_error("init failed");
    std::string dbArg = data + "/registry.db";
    if (postgres) {
        const std::string host = env("PGHOST").empty() ? "localhost" : env("PGHOST");
        dbArg = "postgresql://" + env("PGUSER") + ":" + env("PGPASSWORD") + "@" +
                (host[0] == '/' ? "localhost:" + env("PGPORT") + "/" + env("PGDATABASE") + "?host=" + host
                                : host + ":" + env("PGPORT") + "/" + env("PGDATABASE"));
    }
    char pub[41], sec[41];
    zmq_curve_keypair(pub, sec);
    std::vector<std::string> dashSql;
    std::string inboxScript;
    bench::Sessions sessions;
    {
        auto where = hub::registry::parseDbLocation(dbArg);
        auto db = hub::registry::RegistryDb::open(*where);
        if (!db) throw std::runtime_error(db.error());
        hub::SystemClock clock;
        hub::registry::RegistryConfig config;
        config.filesDir = data + "/files";
        hub::registry::RegistryService service(**db, clock, config);
        const auto t0 = Clock::now();
        sessions = bench::loadDataset(**db, o.size, pub, clock.nowMs());
        std::printf("%s: loaded %d directives x %d units x %d tasks, %d users in %.1f s\n", backend.c_str(), o.size.directives,
                    o.size.units, o.size.tasksPerRecipient, o.size.users, ms(Clock::now() - t0) / 1000);
        // Capture the statements the registry runs for each request (binds inlined).
        std::string captured;
        (*db)->setTrace([&](const QString &sql, const QVariantList &binds) { captured += inlineBinds(sql, binds).toStdString(); });
        wire::RegistryEnvelope dash;
        dash.set_major(protocol::kMajor);
        dash.set_request_id(1);
        dash.set_session(sessions.dispatchToken);
        dash.mutable_get_statistics();
        if (!service.handle(std::string("desk:") + pub, dash).has_statistics()) throw std::runtime_error("statistics failed");
        std::ofstream(data + "/dashboard.sql") << captured;
        captured.clear();
        for (std::size_t u = 0; u < sessions.userTokens.size(); ++u) {
            wire::RegistryEnvelope inbox;
            inbox.set_major(protocol::kMajor);
            inbox.set_request_id(2 + u);
            inbox.set_session(sessions.userTokens[u]);
            inbox.mutable_list_directives();
            if (!service.handle(std::string("desk:") + pub, inbox).has_directive_list()) throw std::runtime_error("inbox failed");
        }
        std::ofstream(data + "/inboxes.sql") << captured;
        (*db)->setTrace({});
    }
    QProcess registry;
    QStringList args{QStringLiteral("--data"), QString::fromStdString(data), QStringLiteral("--db"), QString::fromStdString(dbArg),
                     QStringLiteral("--bind"), QStringLiteral("tcp://127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--no-reminders")};
    registry.setProcessChannelMode(QProcess::SeparateChannels);
    registry.start(QString::fromStdString(bin + "/ecabinet-registry"), args);
    int port = 0;
    static const std::regex ready(R"(^ecabinet-registry ready port=(\d+)\s*$)");
    while (port == 0 && registry.waitForReadyRead(60000)) {
        while (registry.canReadLine()) {
            std::smatch m;
            const std::string line = registry.readLine().toStdString();
            if (std::regex_match(line, m, ready)) port = std::stoi(m[1]);
        }
    }
    if (port == 0) throw std::runtime_error("ecabinet-registry did not start: " + registry.readAllStandardError().toStdString());
    std::ifstream keyFile(data + "/registry.pub");
    std::string serverKey;
    keyFile >> serverKey;
    Desk desk(port, serverKey, pub, sec);

    auto dashboard = [&] {
        wire::RegistryEnvelope r;
        r.mutable_get_statistics();
        const auto t0 = Clock::now();
        desk.call(r, sessions.dispatchToken);
        return ms(Clock::now() - t0);
    };
    auto inboxes = [&] {
        wire::RegistryEnvelope r;
        r.mutable_list_directives();
        const auto t0 = Clock::now();
        for (const auto &token : sessions.userTokens) desk.call(r, token);
        return ms(Clock::now() - t0);
    };
    const std::string dbFile = data + "/registry.db";
    // Warm-up of both sides (page cache, prepared plans, CURVE handshake), not counted.
    dashboard();
    runCli(postgres, dbFile, data + "/dashboard.sql");
    std::vector<double> od, rd, oi, ri;
    for (int run = 0; run < o.runs; ++run) {
        od.push_back(dashboard());
        rd.push_back(runCli(postgres, dbFile, data + "/dashboard.sql"));
        oi.push_back(inboxes());
        ri.push_back(runCli(postgres, dbFile, data + "/inboxes.sql"));
    }
    registry.terminate();
    registry.waitForFinished(15000);
    const double dashRatio = median(od) / median(rd), inboxRatio = median(oi) / median(ri);
    std::printf("%s dashboard: ours %.1f ms, %s %.1f ms (median of %d) -> ratio %.2f\n", backend.c_str(), median(od),
                postgres ? "psql" : "sqlite3", median(rd), o.runs, dashRatio);
    std::printf("%s inboxes of %zu users: ours %.1f ms (%.2f ms each), %s %.1f ms (median of %d) -> ratio %.2f\n",
                backend.c_str(), sessions.userTokens.size(), median(oi), median(oi) / sessions.userTokens.size(),
                postgres ? "psql" : "sqlite3", median(ri), o.runs, inboxRatio);
    const double worst = std::max(dashRatio, inboxRatio);
    std::printf("%s ratio: %.2f\n", backend.c_str(), worst);
    std::fflush(stdout);
    return worst;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure shows as soon as it is known, also into a file
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--backend") o.backend = v;
        else if (a == "--runs") o.runs = std::max(1, std::stoi(v));
        else if (a == "--directives") o.size.directives = std::stoi(v);
        else if (a == "--users") o.size.users = std::stoi(v);
        else {
            std::cerr << "usage: bench-registry [--runs N] [--directives N] [--users N] [--backend sqlite|postgresql]\n";
            return 2;
        }
    }
    try {
        if (!o.backend.empty()) {
            runBackend(o.backend, o);
            return 0;
        }
        double worst = runBackend("sqlite", o);
        // PostgreSQL: this program again, inside a throw-away cluster.
        QProcess child;
        QStringList args{QString::fromLocal8Bit(argv[0]), QStringLiteral("--backend"), QStringLiteral("postgresql"),
                         QStringLiteral("--runs"), QString::number(o.runs), QStringLiteral("--directives"),
                         QString::number(o.size.directives), QStringLiteral("--users"), QString::number(o.size.users)};
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // with-postgres.sh: pg_virtualenv -t on a free port (works as root and next to other runs).
        child.start(QStringLiteral(ECABINET_SOURCE_DIR "/tests/integration/registry/with-postgres.sh"), args);
        if (!child.waitForStarted(10000)) {
            std::printf("postgresql: pg_virtualenv not found (install postgresql-common): skipped\n");
        } else {
            std::string out;
            while (child.state() != QProcess::NotRunning) {
                child.waitForReadyRead(1000);
                out += child.readAllStandardOutput().toStdString();
            }
            out += child.readAllStandardOutput().toStdString();
            std::smatch m;
            static const std::regex pgRatio(R"(postgresql ratio: ([0-9.]+))");
            std::istringstream lines(out);
            std::string line;
            bool got = false;
            while (std::getline(lines, line)) {
                if (line.rfind("postgresql", 0) == 0) std::printf("%s\n", line.c_str());
                if (std::regex_search(line, m, pgRatio)) {
                    worst = std::max(worst, std::stod(m[1]));
                    got = true;
                }
            }
            if (!got) {
                std::fprintf(stderr, "bench-registry: the PostgreSQL run failed:\n%s\n", out.c_str());
                return 1;
            }
        }
        std::printf("registry ratio: %.2f (target ≤ 2.0)\n", worst);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench-registry: %s\n", e.what());
        return 1;
    }
    return 0;
}
