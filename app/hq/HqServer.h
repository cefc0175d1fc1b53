#pragma once

#include "HqStore.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;

namespace dockside::hqserver {

// The HTTP side of hq-api.md. It subclasses QAbstractHttpServer rather than routing through
// QHttpServer: Qt 6.4's router has no HEAD routes and its QHttpServerResponse cannot carry
// arbitrary headers (ETag, Retry-After), so requests are dispatched by method and path here and
// answered through QHttpServerResponder's low-level writers.
class HqServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    // tokens: bearer token -> station code. policyDocument: the JSON served at /policy.
    HqServer(HqStore& store, QHash<QByteArray, QString> tokens, QByteArray policyDocument,
             QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static Response error(int status, const QString& code, const QString& message);

    Response dispatch(const QHttpServerRequest& request);
    Response pushEvents(const QString& station, const QHttpServerRequest& request);
    Response blob(const QString& sha256, const QHttpServerRequest& request);
    Response feed(HqStore::Feed which, const QHttpServerRequest& request);
    Response policy(const QHttpServerRequest& request);
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Response& response);

    HqStore& m_store;
    QHash<QByteArray, QString> m_tokens;
    QByteArray m_policy;
    QByteArray m_policyEtag;
};

} // namespace dockside::hqserver
