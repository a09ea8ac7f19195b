// Directive numbers as the Party's document rules write them: "45-TB/TU" = the 45th document
// of the issuer "TU" (Tỉnh ủy) this year, of type "TB" (thông báo). Pure: the registry finds
// "the highest sequence issued so far for (year, issuer)" in a transaction and asks
// allocateNumber() for the next one; it stores (year, issuer, sequence) under a UNIQUE key.
//
// Rules we decided (tested in DirectiveNumberTest):
//  - One sequence per (year, issuer), shared by all document types: "45-TB/TU" and "45-KL/TU"
//    cannot both exist in one year. The year is not part of the text: a directive is
//    identified by (year, number), e.g. 2026 / "45-TB/TU".
//  - The year is the year of the issue date in the issuer's zone (a fixed UTC offset): a
//    directive issued at 2026-12-31T17:30Z by a Hanoi issuer (+07:00) is dated 2027-01-01 and
//    is number 1 of 2027. The year rolls over at local midnight, not at UTC midnight.
//  - Gap-free: the next number is highest + 1 (1 when none was issued). A number is taken
//    when the directive is published, not when it is drafted, so abandoned drafts leave no
//    gap; a published directive that is later withdrawn keeps its number (it is never reused).
//  - Sequences are 1..999999, written in decimal without leading zeros. "045-TB/TU" is refused
//    when parsing, so one number has exactly one spelling (and one row in a UNIQUE index).
//  - Type codes come from a catalogue (the Party's list by default, Quy định 66-QĐ/TW); an
//    unknown code is refused, as is a code in the wrong case ("tb"). Codes may contain "Đ".
//  - Issuer codes are 1..16 letters (A-Z, a-z, Đ, đ) or digits: "TU", "VPTU", "BTGTU", "ĐU".
//    "-" and "/" are separators and never part of a code. Spaces are never accepted.
//  - auditSequence() reports the gaps and duplicates of a set of issued sequences (what the
//    concurrent-publisher test and `ecabinetctl verify` check), as ranges, so a stray huge
//    number cannot make the report huge.
#pragma once

#include "common/Result.h"
#include "domain/CivilTime.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ecabinet::domain {

inline constexpr std::uint32_t kMaxDirectiveSequence = 999'999;
inline constexpr std::size_t kMaxIssuerCodeLength = 16; // characters, not bytes

struct DocumentType {
    std::string code; // "TB"
    std::string name; // "Thông báo"
    bool operator==(const DocumentType &) const = default;
};

// The Party's document types: NQ, QĐ, CT, KL, QC, QĐi, TT, HD, BC, KH, QHo, CTr, TB, TC,
// TTr, ĐA, PA, DA, BB, CV.
const std::vector<DocumentType> &partyDocumentTypes();

struct NumberingError {
    enum class Reason {
        BadFormat,         // not "<sequence>-<type>/<issuer>"
        BadSequence,       // 0, leading zero, not decimal, above kMaxDirectiveSequence
        UnknownType,       // type code not in the catalogue
        BadIssuerCode,     // empty, too long, or a character that is not a letter or digit
        BadZone,           // UTC offset beyond ±14:00
        BadDate,           // the issue date falls outside years 1..9999
        SequenceExhausted, // highest issued is already kMaxDirectiveSequence
    };
    Reason reason = Reason::BadFormat;
    std::string text;
};

struct DirectiveNumber {
    std::uint32_t sequence = 0;
    std::string typeCode;
    std::string issuerCode;
    bool operator==(const DirectiveNumber &) const = default;
};

std::string formatDirectiveNumber(const DirectiveNumber &number); // "45-TB/TU"
Result<DirectiveNumber, NumberingError> parseDirectiveNumber(
    std::string_view text, const std::vector<DocumentType> &types = partyDocumentTypes());

// Checks of the parts, with the same errors as parsing.
Status<NumberingError> checkIssuerCode(std::string_view code);
Status<NumberingError> checkTypeCode(std::string_view code,
                                     const std::vector<DocumentType> &types = partyDocumentTypes());

// The sequence a directive belongs to.
struct NumberingKey {
    std::int32_t year = 0;
    std::string issuerCode;
    auto operator<=>(const NumberingKey &) const = default;
};

struct NumberRequest {
    std::string issuerCode;
    std::string typeCode;
    std::int64_t issuedAtMs = 0; // the instant of publication
    UtcOffset issuerZone = kHanoi;
};

struct IssuedNumber {
    NumberingKey key;
    LocalDate issueDate;    // in the issuer's zone; printed on the directive
    DirectiveNumber number;
    std::string text;       // formatDirectiveNumber(number)
};

// Which (year, issuer) sequence a request draws from: the store reads its highest number.
Result<NumberingKey, NumberingError> numberingKey(const NumberRequest &request);

// The next number: highestIssued + 1, or 1 when the sequence is empty (nullopt).
Result<IssuedNumber, NumberingError> allocateNumber(
    const NumberRequest &request, std::optional<std::uint32_t> highestIssued,
    const std::vector<DocumentType> &types = partyDocumentTypes());

struct SequenceAudit {
    std::optional<std::uint32_t> highest;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> missing; // inclusive ranges, ascending
    std::vector<std::uint32_t> duplicated;                         // ascending, each once
    std::vector<std::uint32_t> invalid; // 0 or above kMaxDirectiveSequence, ascending, each once
    bool gapFree() const { return missing.empty() && duplicated.empty() && invalid.empty(); }
    bool operator==(const SequenceAudit &) const = default;
};

// `issued` in any order. Gaps are counted from 1 up to the highest valid sequence.
SequenceAudit auditSequence(std::vector<std::uint32_t> issued);

} // namespace ecabinet::domain
