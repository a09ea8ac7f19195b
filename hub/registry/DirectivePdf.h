// A directive as a PDF, and its digital signature (issue 6, "The registry").
//
// The registry calls, after it has numbered a directive:
//
//     registry::DirectiveContent d;            // number "45-TB/TU", date, issuer, signer, ...
//     const auto layout = registry::writeDirectivePdf(d, "/tmp/x/45-TB-TU.pdf");   // throws
//     registry::SigningIdentity who{nssDir, "Nguyễn Văn Thắng"};   // an NSS db with the key
//     auto signedOk = registry::signPdf("/tmp/x/45-TB-TU.pdf", "/var/.../45-TB-TU.signed.pdf",
//                                       who, layout);
//     if (!signedOk) -> signedOk.error() says why (no such certificate, wrong password, ...)
//
// The PDF follows the layout of Decree 30/2020/ND-CP (shared/print/OfficialDocument): issuer
// and number on the left, the national motto and "place, ngày dd tháng mm năm yyyy" on the
// right, the kind ("THÔNG BÁO"), the subject, the text, the tasks as a ruled table, the
// recipients and the signature block. Fonts: DejaVu Serif, embedded (Vietnamese diacritics).
//
// The signature is an embedded PDF signature (adbe.pkcs7.detached, SHA-256) made by Poppler
// (PDFConverter::sign) with the signer's X.509 certificate and private key from an NSS
// database; `pdfsig -nssdir DIR FILE` verifies it ("Signature is Valid.", the signer's name),
// and any change of a signed byte makes it invalid. deploy/pki/ecabinet-test-pki makes a test
// CA, a signer and such a database for the demo and the tests.
//
// Threads and processes: writeDirectivePdf needs a QGuiApplication (fonts; offscreen is fine).
// NSS is initialised once per process with one database: signPdf refuses a second, different
// nssDir in the same process (clear error) instead of signing with the wrong keys.
#pragma once

#include "common/Result.h"
#include "print/OfficialDocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecabinet::hub::registry {

struct DirectiveTask {
    QString title;                 // what is to be done
    QString leadUnit;              // name of the unit that leads and reports
    QStringList coordinatingUnits; // names
    QString responsibleLeader;     // person responsible in the lead unit
    QDate deadline;                // printed dd/mm/yyyy
    QString cadence;               // e.g. "Báo cáo hằng tháng" ("" for none)
};

struct DirectiveContent {
    QStringList issuer;      // issuing body, upper case, one line each, e.g. {"TỈNH ỦY SƠN HÀ"}
    QString number;          // "45-TB/TU" (printed as "Số 45-TB/TU")
    QString place;           // "Sơn Hà"
    QDate date;              // the directive's date
    QString kind = QStringLiteral("THÔNG BÁO");
    QStringList subject;     // lines under the kind, e.g. {"Kết luận của Thường trực Tỉnh ủy", "về ..."}
    QStringList paragraphs;  // the text (the approved conclusions, as published)
    QList<DirectiveTask> tasks; // printed as a table after the text ("" table when empty)
    QStringList recipients;  // "Nơi nhận:" lines (units), "Lưu: VT" is added
    print::Signer signer;    // authority lines and name of the signer
};

// "Sơn Hà, ngày 05 tháng 11 năm 2026" (day and month < 10 with a leading zero, Decree 30).
QString placeAndDate(const QString &place, const QDate &date);

// The directive as the document model (testable without fonts or files).
print::OfficialDocument directiveDocument(const DirectiveContent &d);

// Writes the directive PDF to `path`. Throws std::runtime_error (path and reason) on failure:
// missing number, issuer or signer; fonts missing; file not writable. Returns where the
// signature block landed (for signPdf's visible signature).
print::PdfLayout writeDirectivePdf(const DirectiveContent &d, const QString &path);

struct SigningIdentity {
    QString nssDir;          // directory of the NSS database (cert9.db), e.g. made by ecabinet-test-pki
    QString nickname;        // certificate nickname in that database (the signer's name there)
    QString password;        // of the private key ("" when none)
    QString reason = QStringLiteral("Ký ban hành văn bản");
    QString location;        // e.g. "Sơn Hà" ("" = none)
};

// Signs `input` into `output` (a new file; `input` is left as it was) with a visible
// signature over `layout.signatureRect` on `layout.signaturePage` (an empty rect: invisible
// signature). Errors, as text a person can act on: no NSS support, unknown nickname (lists the
// nicknames there are), unreadable or encrypted input, Poppler's own signing failure.
Status<std::string> signPdf(const QString &input, const QString &output, const SigningIdentity &who,
                            const print::PdfLayout &layout = {});

} // namespace ecabinet::hub::registry
