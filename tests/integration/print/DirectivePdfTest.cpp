// The directive PDF and its digital signature, judged by Poppler's tools: fonts embedded,
// the Vietnamese text back exactly, `pdfsig` says the signature is valid and names the
// signer; one flipped byte in the signed range and it is not valid any more.
#include "PdfTools.h"
#include "registry/DirectivePdf.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

namespace ecabinet::testing {

using hub::registry::DirectiveContent;
using hub::registry::SigningIdentity;

namespace {

const std::string kSigner = "Nguyễn Văn Thắng";

DirectiveContent directive() {
    DirectiveContent d;
    d.issuer = {QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("TỈNH SƠN HÀ")};
    d.number = QStringLiteral("45-TB/TU");
    d.place = QStringLiteral("Sơn Hà");
    d.date = QDate(2026, 11, 5);
    d.subject = {QStringLiteral("Kết luận của Chủ tịch UBND tỉnh"), QStringLiteral("tại phiên họp thường kỳ tháng 11 năm 2026")};
    d.paragraphs = {QStringLiteral("Thống nhất thông qua dự toán ngân sách năm 2027; giao Sở Tài chính hoàn thiện hồ sơ, "
                                   "trình Hội đồng nhân dân tỉnh trước ngày 30 tháng 11 năm 2026."),
                    QStringLiteral("Các sở, ban, ngành khẩn trương rà soát, báo cáo kết quả thực hiện.")};
    d.tasks = {{QStringLiteral("Hoàn thiện hồ sơ dự toán ngân sách năm 2027"), QStringLiteral("Sở Tài chính"),
                {QStringLiteral("Sở Kế hoạch và Đầu tư"), QStringLiteral("Kho bạc Nhà nước tỉnh")},
                QStringLiteral("Đỗ Mạnh Hùng"), QDate(2026, 11, 30), QStringLiteral("Báo cáo hằng tuần")}};
    d.recipients = {QStringLiteral("- Sở Tài chính;"), QStringLiteral("- Sở Kế hoạch và Đầu tư;")};
    d.signer = {{QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH")}, QString::fromStdString(kSigner)};
    return d;
}

std::string pdfsig(const std::filesystem::path &nss, const std::filesystem::path &pdf) {
    const auto r = runProgram("/usr/bin/pdfsig", {"-nssdir", "sql:" + nss.string(), pdf.string()});
    return r.out + r.err;
}

} // namespace

class DirectivePdfTest : public ::testing::Test {
protected:
    // One PKI per test program: NSS is initialised once per process (DirectivePdf.h).
    static void SetUpTestSuite() {
        pkiDir = std::make_unique<QTemporaryDir>();
        const auto r = runProgram(ECABINET_SOURCE_DIR "/deploy/pki/ecabinet-test-pki",
                                  {pkiDir->filePath("pki").toStdString(), kSigner, "UBND tỉnh Sơn Hà"});
        ASSERT_TRUE(r.ok()) << r.err;
        ASSERT_EQ(r.out, kSigner + "\n");
    }
    static void TearDownTestSuite() { pkiDir.reset(); }
    static std::filesystem::path nss() { return pkiDir->filePath("pki/nssdb").toStdString(); }
    static SigningIdentity signer() {
        return {QString::fromStdString(nss().string()), QString::fromStdString(kSigner), {}, QStringLiteral("Ký ban hành"),
                QStringLiteral("Sơn Hà")};
    }
    QString path(const char *name) const { return tmp.filePath(QString::fromLatin1(name)); }

    static std::unique_ptr<QTemporaryDir> pkiDir;
    QTemporaryDir tmp;
};
std::unique_ptr<QTemporaryDir> DirectivePdfTest::pkiDir;

TEST_F(DirectivePdfTest, VietnameseTextComesBackExactlyFromEmbeddedFonts) {
    const auto layout = hub::registry::writeDirectivePdf(directive(), path("d.pdf"));
    EXPECT_GE(layout.pages, 1);
    const auto f = pdf::fonts(path("d.pdf").toStdString());
    EXPECT_GT(f.fonts, 0) << f.table;
    EXPECT_EQ(f.embedded, f.fonts) << "every font must be embedded:\n" << f.table;
    EXPECT_NE(f.table.find("DejaVuSerif"), std::string::npos) << f.table;

    const auto text = pdf::flat(pdf::text(path("d.pdf").toStdString()));
    for (const char *expected :
         {"Số: 45-TB/TU", "Sơn Hà, ngày 05 tháng 11 năm 2026", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Thống nhất thông qua dự toán ngân sách năm 2027;", "Hoàn thiện hồ sơ dự toán ngân sách năm 2027",
          "Sở Kế hoạch và Đầu tư", "30/11/2026", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Thắng"})
        EXPECT_NE(text.find(expected), std::string::npos) << "missing \"" << expected << "\" in:\n" << text;
}

TEST_F(DirectivePdfTest, SignedPdfVerifiesAndATamperedOneDoesNot) {
    const auto layout = hub::registry::writeDirectivePdf(directive(), path("d.pdf"));
    const auto ok = hub::registry::signPdf(path("d.pdf"), path("d.signed.pdf"), signer(), layout);
    ASSERT_TRUE(ok.ok()) << ok.error();

    const auto report = pdfsig(nss(), path("d.signed.pdf").toStdString());
    EXPECT_NE(report.find("Signature Validation: Signature is Valid."), std::string::npos) << report;
    EXPECT_NE(report.find("Signer Certificate Common Name: " + kSigner), std::string::npos) << report;
    EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
    EXPECT_NE(report.find("Certificate Validation: Certificate is Trusted."), std::string::npos)
        << "the test CA is trusted in the NSS db: " << report;
    // The signed copy still reads the same.
    EXPECT_NE(pdf::flat(pdf::text(path("d.signed.pdf").toStdString())).find("Số: 45-TB/TU"), std::string::npos);

    // Tampering tried: one byte of the directive's text changed inside the first signed range.
    std::string bytes;
    {
        std::ifstream in(path("d.signed.pdf").toStdString(), std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto at = bytes.find("/Creator");
    ASSERT_NE(at, std::string::npos);
    bytes[at + 1] = bytes[at + 1] == 'C' ? 'K' : 'C';
    {
        std::ofstream out(path("tampered.pdf").toStdString(), std::ios::binary);
        out << bytes;
    }
    const auto bad = pdfsig(nss(), path("tampered.pdf").toStdString());
    EXPECT_EQ(bad.find("Signature is Valid."), std::string::npos) << "a tampered PDF verified:\n" << bad;
    EXPECT_TRUE(bad.find("Signature is Invalid") != std::string::npos ||
                bad.find("Digest Mismatch") != std::string::npos)
        << bad;
}

TEST_F(DirectivePdfTest, RefusalsSayWhatIsWrong) {
    const auto layout = hub::registry::writeDirectivePdf(directive(), path("d.pdf"));
    // Bad input tried: a nickname that is not in the database.
    auto who = signer();
    who.nickname = QStringLiteral("Người Lạ");
    auto r = hub::registry::signPdf(path("d.pdf"), path("x.pdf"), who, layout);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("no signing certificate 'Người Lạ'"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find(kSigner), std::string::npos) << "the error lists the nicknames there are: " << r.error();
    EXPECT_FALSE(QFile::exists(path("x.pdf")));
    // ... an NSS database other than the one this process signs with.
    who = signer();
    who.nssDir = tmp.path();
    r = hub::registry::signPdf(path("d.pdf"), path("x.pdf"), who, layout);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("cert9.db"), std::string::npos) << r.error();
    // ... signing a file onto itself, and a file that is not a PDF.
    r = hub::registry::signPdf(path("d.pdf"), path("d.pdf"), signer(), layout);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("new file"), std::string::npos) << r.error();
    {
        std::ofstream out(path("junk.pdf").toStdString());
        out << "this is not a PDF";
    }
    r = hub::registry::signPdf(path("junk.pdf"), path("x.pdf"), signer(), layout);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("cannot read the PDF"), std::string::npos) << r.error();
    // ... a directive without a number or signer is never written.
    auto d = directive();
    d.number.clear();
    EXPECT_THROW(hub::registry::writeDirectivePdf(d, path("n.pdf")), std::runtime_error);
    d = directive();
    d.signer.name.clear();
    EXPECT_THROW(hub::registry::writeDirectivePdf(d, path("n.pdf")), std::runtime_error);
}

} // namespace ecabinet::testing
