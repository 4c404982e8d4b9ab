// Running the built hallwright-cli from a test: exit code and both output streams.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace hallwright::test {

struct Run
{
    int exitCode = -1; ///< -1 when the program crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(HALLWRIGHT_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace hallwright::test
