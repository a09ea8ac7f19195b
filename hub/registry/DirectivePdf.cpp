#include "registry/DirectivePdf.h"

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>

#include <mutex>
#include <stdexcept>

namespace ecabinet::hub::registry {

namespace {

std::runtime_error failure(const QString &what) { return std::runtime_error(what.toStdString()); }

QString twoDigits(int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); }

} // namespace

QString placeAndDate(const QString &place, const QDate &date) {
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place, twoDigits(date.day()), twoDigits(date.month()), QString::number(date.year()));
}

print::OfficialDocument directiveDocument(const DirectiveContent &d) {
    print::OfficialDocument doc;
    doc.id = d.number;
    doc.title = d.kind + QStringLiteral(" số ") + d.number;
    doc.agency = d.issuer;
    doc.number = QStringLiteral("Số: ") + d.number;
    doc.placeDate = placeAndDate(d.place, d.date);
    doc.kind = d.kind;
    doc.subject = d.subject;
    for (const QString &p : d.paragraphs) doc.body.append(print::Paragraph{p});
    if (!d.tasks.isEmpty()) {
        print::Table t;
        t.caption = QStringLiteral("NHIỆM VỤ VÀ THỜI HẠN");
        t.header = {QStringLiteral("TT"), QStringLiteral("Nhiệm vụ"), QStringLiteral("Đơn vị chủ trì"),
                    QStringLiteral("Đơn vị phối hợp"), QStringLiteral("Thời hạn")};
        t.widths = {0.6, 4.0, 2.0, 2.2, 1.4};
        int n = 0;
        for (const auto &task : d.tasks) {
            QString what = task.title;
            if (!task.responsibleLeader.isEmpty()) what += QStringLiteral("\nPhụ trách: ") + task.responsibleLeader;
            if (!task.cadence.isEmpty()) what += QStringLiteral("\n") + task.cadence;
            t.rows.append({QString::number(++n), what, task.leadUnit, task.coordinatingUnits.join(QStringLiteral(", ")),
                           task.deadline.isValid() ? task.deadline.toString(QStringLiteral("dd/MM/yyyy")) : QString()});
        }
        doc.body.append(t);
    }
    doc.recipients = d.recipients;
    doc.recipients.append(QStringLiteral("- Lưu: VT."));
    doc.signer = d.signer;
    doc.signedMark.clear(); // the visible digital signature goes there
    return doc;
}

print::PdfLayout writeDirectivePdf(const DirectiveContent &d, const QString &path) {
    if (d.number.trimmed().isEmpty()) throw failure(QStringLiteral("%1: the directive has no number").arg(path));
    if (d.issuer.isEmpty()) throw failure(QStringLiteral("directive %1: no issuer").arg(d.number));
    if (d.signer.name.trimmed().isEmpty()) throw failure(QStringLiteral("directive %1: no signer").arg(d.number));
    if (!d.date.isValid()) throw failure(QStringLiteral("directive %1: no valid date").arg(d.number));
    print::loadFonts();
    print::PdfLayout layout;
    print::writePdf(directiveDocument(d), path, &layout);
    return layout;
}

Status<std::string> signPdf(const QString &input, const QString &output, const SigningIdentity &who,
                            const print::PdfLayout &layout) {
    // NSS is process-wide: one database per process, set before its first use.
    static std::mutex mutex;
    static QString nssDirInUse;
    std::lock_guard lock(mutex);
    const QString dir = QFileInfo(who.nssDir).absoluteFilePath();
    if (!QFileInfo::exists(dir + QStringLiteral("/cert9.db")))
        return fail("no NSS database in " + dir.toStdString() + " (cert9.db missing; see deploy/pki/ecabinet-test-pki)");
    if (nssDirInUse.isEmpty()) {
        Poppler::setNSSDir(QStringLiteral("sql:") + dir);
        nssDirInUse = dir;
    } else if (nssDirInUse != dir) {
        return fail("this process already signs with the NSS database " + nssDirInUse.toStdString() +
                    "; it cannot switch to " + dir.toStdString() + " (NSS is initialised once per process)");
    }
    if (!Poppler::hasNSSSupport()) return fail("this Poppler was built without NSS: it cannot sign");
    bool known = false;
    std::string nicknames;
    for (const auto &cert : Poppler::getAvailableSigningCertificates()) {
        known = known || cert.nickName() == who.nickname;
        nicknames += (nicknames.empty() ? "" : ", ") + cert.nickName().toStdString();
    }
    if (!known)
        return fail("no signing certificate '" + who.nickname.toStdString() + "' in " + dir.toStdString() +
                    " (there are: " + (nicknames.empty() ? std::string("none") : nicknames) + ")");
    if (QFileInfo(input).absoluteFilePath() == QFileInfo(output).absoluteFilePath())
        return fail("sign into a new file: input and output are both " + output.toStdString());

    auto doc = Poppler::Document::load(input);
    if (!doc) return fail("cannot read the PDF " + input.toStdString());
    if (doc->isLocked()) return fail(input.toStdString() + " is encrypted: it cannot be signed here");
    const int page = std::clamp(layout.signaturePage, 0, std::max(0, doc->numPages() - 1));

    std::unique_ptr<Poppler::PDFConverter> converter(doc->pdfConverter());
    converter->setOutputFileName(output);
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(who.nickname);
    data.setPassword(who.password);
    data.setPage(page);
    data.setBoundingRectangle(layout.signatureRect);
    data.setSignatureText(QStringLiteral("Ký bởi: %1").arg(who.nickname));
    data.setSignatureLeftText(QString());
    data.setReason(who.reason);
    data.setLocation(who.location);
    data.setFontSize(8);
    data.setFontColor(Qt::darkRed);
    data.setBorderColor(Qt::darkRed);
    data.setBackgroundColor(QColor(255, 250, 240));
    if (!converter->sign(data)) {
        QFile::remove(output);
        return fail("Poppler could not sign " + input.toStdString() + " with '" + who.nickname.toStdString() +
                    "' (error " + std::to_string(static_cast<int>(converter->lastError())) +
                    "; a wrong key password is the usual cause)");
    }
    return {};
}

} // namespace ecabinet::hub::registry
