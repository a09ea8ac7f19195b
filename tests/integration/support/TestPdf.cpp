#include "support/TestPdf.h"

#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

namespace ecabinet::testing {

bool makeTestPdf(const std::filesystem::path &path, int pages, const std::string &title, bool withScan) {
    std::filesystem::create_directories(path.parent_path());
    QPdfWriter writer(QString::fromStdString(path.string()));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(QString::fromStdString(title));
    writer.setCreator("ecabinet integration tests");
    QPainter painter;
    if (!painter.begin(&writer)) {
        ADD_FAILURE() << "QPdfWriter cannot write " << path;
        return false;
    }
    QFont heading("DejaVu Sans", 18, QFont::Bold);
    QFont body("DejaVu Sans", 11);
    const auto qtitle = QString::fromStdString(title);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1) writer.newPage();
        painter.setFont(heading);
        painter.drawText(100, 150, qtitle);
        painter.setFont(body);
        painter.drawText(100, 260, QString("Trang %1/%2").arg(page).arg(pages));
        const QStringList lines = {
            "Báo cáo tình hình kinh tế – xã hội tháng 11 năm 2026.",
            "Ủy ban nhân dân tỉnh đề nghị các sở, ngành khẩn trương triển khai.",
            "Tổng thu ngân sách đạt 98,5% dự toán; giải ngân vốn đầu tư công đạt 71%.",
            "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp các đơn vị liên quan.",
        };
        int y = 340;
        for (const auto &line : lines) {
            painter.drawText(100, y, line);
            y += 60;
        }
        if (withScan && page == 1) {
            // Noise does not compress, so the file really exceeds a chunk.
            QImage scan(700, 700, QImage::Format_RGB32);
            std::mt19937 rng(static_cast<unsigned>(std::hash<std::string>{}(title)));
            for (int row = 0; row < scan.height(); ++row) {
                auto *px = reinterpret_cast<QRgb *>(scan.scanLine(row));
                for (int col = 0; col < scan.width(); ++col) px[col] = 0xff000000u | (rng() & 0xffffffu);
            }
            painter.drawImage(QRect(100, y + 40, 700, 700), scan);
        }
    }
    if (!painter.end()) {
        ADD_FAILURE() << "QPdfWriter failed to finish " << path;
        return false;
    }
    return std::filesystem::exists(path);
}

std::string readFileBytes(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ADD_FAILURE() << "cannot read " << path;
        return {};
    }
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

} // namespace ecabinet::testing
