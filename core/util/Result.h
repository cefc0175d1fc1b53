#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace dockside {

// What kind of failure, so callers (and the CLI's exit code) can react without parsing text.
enum class ErrorKind {
    Failed,       // the operation failed; the message says why
    Invalid,      // bad input, usage or configuration
    NotFound,     // the thing named does not exist
    Unavailable,  // try again later (network, busy database)
    Unauthorized, // wrong badge or PIN, locked out
    Forbidden,    // the user's role does not allow it
    Storage,      // the database refused: full disk, read-only, corrupt
};

// A failure a user must see: a stable machine code plus a translated, readable message.
struct Error {
    ErrorKind kind = ErrorKind::Failed;
    QString code;    // snake_case, stable, e.g. "wrong_pin"
    QString message; // already translated, one readable sentence

    static Error failed(QString code, QString message) {
        return {ErrorKind::Failed, std::move(code), std::move(message)};
    }
    static Error invalid(QString code, QString message) {
        return {ErrorKind::Invalid, std::move(code), std::move(message)};
    }
    static Error notFound(QString code, QString message) {
        return {ErrorKind::NotFound, std::move(code), std::move(message)};
    }
    static Error unauthorized(QString code, QString message) {
        return {ErrorKind::Unauthorized, std::move(code), std::move(message)};
    }
    static Error forbidden(QString code, QString message) {
        return {ErrorKind::Forbidden, std::move(code), std::move(message)};
    }
};

// The one error-handling style of Dockside: functions that can fail for reasons a user must see
// return Result<T>. No exception crosses a module boundary.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace dockside
