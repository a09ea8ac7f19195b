#include "registry/DirectiveJob.h"

#include "domain/DirectiveNumber.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ecabinet::hub::registry {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

QString unitName(const std::map<std::string, std::string> &names, const std::string &id) {
    const auto it = names.find(id);
    return qs(it == names.end() || it->second.empty() ? id : it->second);
}

// Non-empty lines of a text, trimmed.
QStringList lines(const std::string &text) {
    QStringList out;
    for (const QString &l : qs(text).split(QLatin1Char('\n'))) {
        const QString t = l.trimmed();
        if (!t.isEmpty()) out.append(t);
    }
    return out;
}

QString cadence(std::uint32_t everyDays) {
    switch (everyDays) {
    case 0: return {};
    case 7: return QStringLiteral("Báo cáo hằng tuần");
    case 30:
    case 31: return QStringLiteral("Báo cáo hằng tháng");
    case 90:
    case 91:
    case 92: return QStringLiteral("Báo cáo hằng quý");
    default: return QStringLiteral("Báo cáo %1 ngày một lần").arg(everyDays);
    }
}

QString kindOf(const std::string &typeCode) {
    for (const auto &t : domain::partyDocumentTypes())
        if (t.code == typeCode) return qs(t.name).toUpper();
    return qs(typeCode).toUpper();
}

std::vector<std::string> strings(const QStringList &list) {
    std::vector<std::string> out;
    for (const QString &s : list) out.push_back(s.toStdString());
    return out;
}

QStringList qstrings(const nlohmann::json &j, const char *key) {
    QStringList out;
    if (!j.contains(key)) return out;
    if (!j.at(key).is_array()) throw std::runtime_error(std::string("job: ") + key + " is not a list");
    for (const auto &v : j.at(key)) out.append(qs(v.get<std::string>()));
    return out;
}

std::string text(const nlohmann::json &j, const char *key, bool required = true) {
    if (!j.contains(key)) {
        if (required) throw std::runtime_error(std::string("job: ") + key + " is missing");
        return {};
    }
    if (!j.at(key).is_string()) throw std::runtime_error(std::string("job: ") + key + " is not a string");
    return j.at(key).get<std::string>();
}

std::string readFile(const std::filesystem::path &p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

DirectiveContent directiveContent(const wire::Directive &directive, const std::vector<wire::TaskView> &tasks,
                                  const std::map<std::string, std::string> &unitNames, const QString &place) {
    const auto &sum = directive.summary();
    DirectiveContent d;
    d.issuer = {unitName(unitNames, sum.issuer_unit()).toUpper()};
    d.number = qs(sum.number());
    d.place = place;
    d.date = QDate::fromString(qs(sum.issued_date()).left(10), QStringLiteral("yyyy-MM-dd"));
    d.kind = kindOf(sum.type_code());
    d.subject = lines(sum.title());
    d.paragraphs = lines(directive.text());
    for (const auto &t : tasks) {
        DirectiveTask task;
        task.title = qs(t.title());
        task.leadUnit = unitName(unitNames, t.lead_unit());
        for (const auto &u : t.coordinating_units()) task.coordinatingUnits.append(unitName(unitNames, u));
        task.responsibleLeader = qs(t.responsible_leader());
        task.deadline = QDate::fromString(qs(t.deadline()).left(10), QStringLiteral("yyyy-MM-dd"));
        task.cadence = cadence(t.report_every_days());
        d.tasks.append(task);
    }
    for (int i = 0; i < directive.recipients_size(); ++i)
        d.recipients.append(QStringLiteral("- ") + unitName(unitNames, directive.recipients(i)) + QLatin1Char(';'));
    for (const QString &l : lines(directive.signer_title())) d.signer.authority.append(l.toUpper());
    d.signer.name = qs(directive.signer_name()).trimmed();
    return d;
}

nlohmann::json directiveJobJson(const DirectiveJob &job) {
    const auto &d = job.content;
    nlohmann::json tasks = nlohmann::json::array();
    for (const auto &t : d.tasks)
        tasks.push_back({{"title", t.title.toStdString()},
                         {"lead_unit", t.leadUnit.toStdString()},
                         {"coordinating_units", strings(t.coordinatingUnits)},
                         {"responsible_leader", t.responsibleLeader.toStdString()},
                         {"deadline", t.deadline.isValid() ? t.deadline.toString(Qt::ISODate).toStdString() : ""},
                         {"cadence", t.cadence.toStdString()}});
    return {{"issuer", strings(d.issuer)},
            {"number", d.number.toStdString()},
            {"place", d.place.toStdString()},
            {"date", d.date.toString(Qt::ISODate).toStdString()},
            {"kind", d.kind.toStdString()},
            {"subject", strings(d.subject)},
            {"paragraphs", strings(d.paragraphs)},
            {"tasks", tasks},
            {"recipients", strings(d.recipients)},
            {"signer_authority", strings(d.signer.authority)},
            {"signer_name", d.signer.name.toStdString()},
            {"nss_dir", job.identity.nssDir.toStdString()},
            {"nickname", job.identity.nickname.toStdString()},
            {"password", job.identity.password.toStdString()},
            {"reason", job.identity.reason.toStdString()},
            {"location", job.identity.location.toStdString()}};
}

DirectiveJob parseDirectiveJob(const nlohmann::json &j) {
    if (!j.is_object()) throw std::runtime_error("job: not a JSON object");
    DirectiveJob job;
    auto &d = job.content;
    d.issuer = qstrings(j, "issuer");
    d.number = qs(text(j, "number"));
    d.place = qs(text(j, "place", false));
    d.date = QDate::fromString(qs(text(j, "date")), Qt::ISODate);
    if (!d.date.isValid()) throw std::runtime_error("job: date is not YYYY-MM-DD");
    d.kind = qs(text(j, "kind"));
    d.subject = qstrings(j, "subject");
    d.paragraphs = qstrings(j, "paragraphs");
    if (j.contains("tasks")) {
        if (!j.at("tasks").is_array()) throw std::runtime_error("job: tasks is not a list");
        for (const auto &t : j.at("tasks")) {
            DirectiveTask task;
            task.title = qs(text(t, "title"));
            task.leadUnit = qs(text(t, "lead_unit"));
            task.coordinatingUnits = qstrings(t, "coordinating_units");
            task.responsibleLeader = qs(text(t, "responsible_leader", false));
            task.deadline = QDate::fromString(qs(text(t, "deadline", false)), Qt::ISODate);
            task.cadence = qs(text(t, "cadence", false));
            d.tasks.append(task);
        }
    }
    d.recipients = qstrings(j, "recipients");
    d.signer.authority = qstrings(j, "signer_authority");
    d.signer.name = qs(text(j, "signer_name"));
    job.identity.nssDir = qs(text(j, "nss_dir"));
    job.identity.nickname = qs(text(j, "nickname"));
    job.identity.password = qs(text(j, "password", false));
    if (j.contains("reason")) job.identity.reason = qs(text(j, "reason"));
    job.identity.location = qs(text(j, "location", false));
    return job;
}

std::optional<SigningSetup> signingSetupFromData(const std::filesystem::path &dataDir,
                                                 const std::filesystem::path &programDir) {
    const auto dir = dataDir / "signing";
    if (!std::filesystem::exists(dir / "nssdb")) return std::nullopt;
    SigningSetup setup;
    setup.nssDir = std::filesystem::absolute(dir / "nssdb");
    if (!std::filesystem::exists(setup.nssDir / "cert9.db"))
        throw std::runtime_error(setup.nssDir.string() + " has no cert9.db: not an NSS database (see deploy/pki/ecabinet-test-pki)");
    setup.program = programDir / "ecabinet-sign-directive";
    if (!std::filesystem::exists(setup.program))
        throw std::runtime_error("directives are to be signed (" + setup.nssDir.string() + ") but " +
                                 setup.program.string() + " is missing");
    auto firstLine = [](const std::filesystem::path &p) {
        std::ifstream in(p);
        std::string line;
        std::getline(in, line);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        return line;
    };
    if (std::filesystem::exists(dir / "password")) setup.password = firstLine(dir / "password");
    if (std::filesystem::exists(dir / "place")) setup.place = qs(firstLine(dir / "place"));
    return setup;
}

DirectivePdfMaker signingPdfMaker(SigningSetup setup) {
    return [setup = std::move(setup)](const wire::Directive &directive, const std::vector<wire::TaskView> &tasks,
                                      const std::map<std::string, std::string> &unitNames,
                                      std::string &error) -> std::optional<std::string> {
        QTemporaryDir tmp; // private (0700), removed on return
        if (!tmp.isValid()) {
            error = "no temporary directory for the directive PDF: " + tmp.errorString().toStdString();
            return std::nullopt;
        }
        DirectiveJob job;
        job.content = directiveContent(directive, tasks, unitNames, setup.place);
        job.identity.nssDir = qs(setup.nssDir.string());
        job.identity.nickname = job.content.signer.name; // one certificate per signer, by name
        job.identity.password = qs(setup.password);
        job.identity.location = setup.place;
        const QString jobPath = tmp.filePath(QStringLiteral("job.json"));
        const QString outPath = tmp.filePath(QStringLiteral("signed.pdf"));
        {
            std::ofstream out(jobPath.toStdString(), std::ios::binary);
            out << directiveJobJson(job).dump();
            if (!out.flush()) {
                error = "cannot write " + jobPath.toStdString();
                return std::nullopt;
            }
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(qs(setup.program.string()), {QStringLiteral("--job"), jobPath, QStringLiteral("--out"), outPath});
        if (!p.waitForStarted(10'000)) {
            error = "cannot start " + setup.program.string() + ": " + p.errorString().toStdString();
            return std::nullopt;
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(static_cast<int>(setup.timeout.count()))) {
            p.kill();
            p.waitForFinished(5'000);
            error = setup.program.filename().string() + " did not finish within " +
                    std::to_string(setup.timeout.count() / 1000) + " s";
            return std::nullopt;
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            const QString why = QString::fromUtf8(p.readAllStandardError()).trimmed();
            error = why.isEmpty() ? setup.program.filename().string() + " failed (exit " + std::to_string(p.exitCode()) + ")"
                                  : why.toStdString();
            return std::nullopt;
        }
        std::string bytes = readFile(outPath.toStdString());
        if (bytes.rfind("%PDF-", 0) != 0) {
            error = setup.program.filename().string() + " wrote no PDF";
            return std::nullopt;
        }
        return bytes;
    };
}

} // namespace ecabinet::hub::registry
