// A small std::expected-style result: a value or an error, never both.
// (std::expected is C++23; the project is C++20.)
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace ecabinet {

template <typename E>
struct Unexpected {
    E error;
};

template <typename E>
Unexpected<std::decay_t<E>> fail(E &&e) { return {std::forward<E>(e)}; }

template <typename T, typename E>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    template <typename F>
    Result(Unexpected<F> u) : v_(std::in_place_index<1>, E(std::move(u.error))) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { check(); return std::get<0>(v_); }
    const T &value() const & { check(); return std::get<0>(v_); }
    T &&value() && { check(); return std::get<0>(std::move(v_)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const E &error() const {
        if (ok()) throw std::logic_error("Result::error() on a value");
        return std::get<1>(v_);
    }

private:
    void check() const {
        if (!ok()) throw std::logic_error("Result::value() on an error");
    }
    std::variant<T, E> v_;
};

// Result of an operation that returns nothing on success.
template <typename E>
class [[nodiscard]] Status {
public:
    Status() = default;
    template <typename F>
    Status(Unexpected<F> u) : error_(E(std::move(u.error))), failed_(true) {}
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return error_; }

private:
    E error_{};
    bool failed_ = false;
};

} // namespace ecabinet
