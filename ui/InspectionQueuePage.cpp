#include "InspectionQueuePage.h"

#include "Dialogs.h"
#include "ItemDetailPane.h"
#include "QueueModel.h"
#include "Roles.h"
#include "Theme.h"

#include "services/Regrade.h"
#include "services/Users.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace dockside {

namespace {

QComboBox* combo(QWidget* parent, const char* name) {
    auto* c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->setMinimumHeight(48);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents); // grows with longer words after a language switch
    return c;
}

std::optional<qint64> parseAmount(const QString& text) {
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto m = Money::parse(text.trimmed(), Money::kNoCurrency);
    return m ? std::optional<qint64>(m->minor) : std::nullopt;
}

QString amountText(std::optional<qint64> minor) {
    return minor ? Money{*minor, Money::kNoCurrency}.decimal() : QString();
}

} // namespace

InspectionQueuePage::InspectionQueuePage(Station& station, QWidget* parent)
    : QWidget(parent)
    , m_station(station) {
    setObjectName(QStringLiteral("queuePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // Filters in two rows, every control labelled above it (the words come in retranslateUi).
    // Rows of their own, not one grid: long words in one row never widen the other, so the page
    // fits a 1280 px screen in every language.
    const QList<QHBoxLayout*> rows{new QHBoxLayout, new QHBoxLayout};
    auto add = [&](int row, QWidget* w, int stretch = 0) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        auto* l = new QLabel(this);
        l->setBuddy(w);
        m_labels.insert(w, l);
        column->addWidget(l);
        column->addWidget(w);
        rows[row]->addLayout(column, stretch);
    };
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    add(0, m_search, 1);
    m_status = combo(this, "statusFilter");
    for (const char* status : {"open", "approved", "rejected", ""})
        m_status->addItem(QString(), QString::fromLatin1(status));
    add(0, m_status);
    m_cause = combo(this, "causeFilter");
    m_cause->addItem(QString(), QString());
    for (const QString& c : QueueFilter::causes())
        m_cause->addItem(c, c);
    add(0, m_cause);
    m_disposition = combo(this, "dispositionFilter");
    m_disposition->addItem(QString(), QString());
    for (int d = 0; d <= static_cast<int>(Disposition::Quarantine); ++d)
        m_disposition->addItem(QString(), dispositionName(Disposition(d)));
    add(0, m_disposition);

    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setMinimumWidth(140);
    add(1, m_category, 1);
    m_worker = combo(this, "workerFilter");
    m_worker->addItem(QString(), QString());
    for (const User& u : Users(station).list())
        m_worker->addItem(tr("%1 %2").arg(u.badge, u.name), u.badge);
    add(1, m_worker);
    m_grade = combo(this, "gradeFilter");
    m_grade->addItem(QString(), QString());
    for (const char* g : {"A", "B", "C", "D", "X"})
        m_grade->addItem(QLatin1String(g), QLatin1String(g));
    add(1, m_grade);
    m_age = combo(this, "ageFilter");
    add(1, m_age);
    m_minValue = new QLineEdit(this);
    m_minValue->setObjectName(QStringLiteral("minValue"));
    m_minValue->setFixedWidth(110);
    add(1, m_minValue);
    m_maxValue = new QLineEdit(this);
    m_maxValue->setObjectName(QStringLiteral("maxValue"));
    m_maxValue->setFixedWidth(110);
    add(1, m_maxValue);
    for (QHBoxLayout* row : rows) {
        row->setSpacing(8);
        layout->addLayout(row);
    }

    // The number of rows, and the presets: pick one, save the filters as one, delete, clear.
    auto* presetRow = new QHBoxLayout;
    presetRow->setSpacing(8);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("queueTotal"));
    m_total->setStyleSheet(QStringLiteral("font-weight: 700;"));
    presetRow->addWidget(m_total);
    presetRow->addStretch(1);
    m_presets = combo(this, "presets");
    auto* presetsLabel = new QLabel(this);
    presetsLabel->setBuddy(m_presets);
    m_labels.insert(m_presets, presetsLabel);
    m_savePreset = new QPushButton(this);
    m_savePreset->setObjectName(QStringLiteral("savePreset"));
    m_deletePreset = new QPushButton(this);
    m_deletePreset->setObjectName(QStringLiteral("deletePreset"));
    m_clearFilters = new QPushButton(this);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    for (QWidget* w : std::initializer_list<QWidget*>{presetsLabel, m_presets, m_savePreset, m_deletePreset,
                                                      m_clearFilters})
        presetRow->addWidget(w);
    layout->addLayout(presetRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // Counts per cause | queue | detail and decisions
    auto* split = new QSplitter(this);
    // The counts scroll on a short screen rather than make the whole window taller.
    m_countsScroll = new QScrollArea(split);
    m_countsScroll->setWidgetResizable(true);
    m_countsScroll->setFrameShape(QFrame::NoFrame);
    m_countsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* countsBox = new QWidget(m_countsScroll);
    m_counts = new QVBoxLayout(countsBox);
    m_counts->setContentsMargins(0, 0, 0, 0);
    m_countsScroll->setWidget(countsBox);
    split->addWidget(m_countsScroll);

    auto* middle = new QWidget(split);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new QueueModel(station, this);
    m_table = new QTableView(middle);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Oldest first; clicking a header sorts the whole queue in SQL.
    m_table->horizontalHeader()->setSortIndicator(QueueModel::Age, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    // Widths for what the columns hold (LPNs are 17 characters); the table scrolls sideways.
    const QList<QPair<int, int>> widths{
        {QueueModel::Age, 150},  {QueueModel::Lpn, 200},         {QueueModel::Cause, 170},
        {QueueModel::Grade, 70}, {QueueModel::Disposition, 230}, {QueueModel::Value, 120},
        {QueueModel::Sku, 130},  {QueueModel::Category, 180},    {QueueModel::Worker, 90}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    middleLayout->addWidget(m_table, 1);
    split->addWidget(middle);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new ItemDetailPane(station, right);
    rightLayout->addWidget(m_detail, 1);
    auto* actions = new QGridLayout;
    auto button = [&](const char* name, int row, int column, auto slot) {
        auto* b = new QPushButton(right);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b, row, column);
        return b;
    };
    m_approve = button("approveButton", 0, 0, &InspectionQueuePage::approveSelected);
    m_approve->setProperty("primary", true);
    m_change = button("changeButton", 0, 1, &InspectionQueuePage::changeDisposition);
    m_reject = button("rejectButton", 1, 0, &InspectionQueuePage::rejectSelected);
    m_regrade = button("regradeButton", 1, 1, &InspectionQueuePage::requestRegrade);
    m_resolve = button("resolveButton", 2, 0, &InspectionQueuePage::resolveException);
    rightLayout->addLayout(actions);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({220, 900, 600});
    layout->addWidget(split, 1);

    auto* approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    approveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(approveKey, &QShortcut::activated, this, &InspectionQueuePage::approveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectionQueuePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showTotal();
        selectionChanged();
    });
    connect(m_model, &QueueModel::failed, this, [this](const QString& text) { feedback(text, true); });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &InspectionQueuePage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &InspectionQueuePage::applyFilters);
    connect(m_category, &QLineEdit::editingFinished, this, &InspectionQueuePage::applyFilters);
    connect(m_minValue, &QLineEdit::editingFinished, this, &InspectionQueuePage::applyFilters);
    connect(m_maxValue, &QLineEdit::editingFinished, this, &InspectionQueuePage::applyFilters);
    for (QComboBox* c : {m_status, m_cause, m_grade, m_disposition, m_worker, m_age})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                applyFilters();
        });
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        const QString name = m_presets->itemData(index).toString();
        if (name.isEmpty())
            return;
        const auto presets = InspectionQueue(m_station).presets();
        if (presets.contains(name))
            setFilter(presets.value(name));
    });
    connect(m_savePreset, &QPushButton::clicked, this, &InspectionQueuePage::savePreset);
    connect(m_deletePreset, &QPushButton::clicked, this, &InspectionQueuePage::deletePreset);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] { setFilter(QueueFilter{}); });
    retranslateUi();
    refresh();
}

void InspectionQueuePage::retranslateUi() {
    m_table->setAccessibleName(tr("Inspection queue"));
    m_labels.value(m_search)->setText(tr("&Search"));
    m_search->setPlaceholderText(tr("LPN, tracking, RMA, serial or SKU (* for prefix)"));
    m_labels.value(m_status)->setText(tr("Status"));
    for (int i = 0; i < 3; ++i)
        m_status->setItemText(i, queueStatusLabel(m_status->itemData(i).toString()));
    m_status->setItemText(3, tr("All"));
    m_labels.value(m_cause)->setText(tr("Cause"));
    m_cause->setItemText(0, tr("Any cause"));
    for (int i = 1; i < m_cause->count(); ++i)
        m_cause->setItemText(i, queueCauseLabel(m_cause->itemData(i).toString()));
    m_labels.value(m_grade)->setText(tr("Grade"));
    m_grade->setItemText(0, tr("Any grade"));
    m_labels.value(m_disposition)->setText(tr("Disposition"));
    m_disposition->setItemText(0, tr("Any disposition"));
    for (int d = 0; d <= static_cast<int>(Disposition::Quarantine); ++d)
        m_disposition->setItemText(d + 1, dispositionLabel(Disposition(d)));
    m_labels.value(m_category)->setText(tr("Category"));
    m_category->setPlaceholderText(tr("e.g. electronics"));
    m_labels.value(m_worker)->setText(tr("Worker"));
    m_worker->setItemText(0, tr("Any worker"));
    m_labels.value(m_age)->setText(tr("Age"));
    fillAgeChoices();
    m_labels.value(m_minValue)->setText(tr("Value from"));
    m_minValue->setPlaceholderText(tr("from"));
    m_labels.value(m_maxValue)->setText(tr("Value to"));
    m_maxValue->setPlaceholderText(tr("to"));
    m_labels.value(m_presets)->setText(tr("Presets"));
    if (m_presets->count() > 0)
        m_presets->setItemText(0, tr("Choose a preset…"));
    m_savePreset->setText(tr("Save…"));
    m_deletePreset->setText(tr("Delete"));
    m_clearFilters->setText(tr("Clear"));
    m_clearFilters->setToolTip(tr("Clear every filter"));
    m_change->setText(tr("Change disposition…"));
    m_reject->setText(tr("Reject…"));
    m_regrade->setText(tr("Ask for a re-grade…"));
    m_resolve->setText(tr("Resolve exception…"));
    updateActions(); // the approve button's words depend on the selection
    showTotal();
    // A column whose heading is longer in this language grows; widths the user chose stay.
    for (int column = 0; column < QueueModel::ColumnCount; ++column)
        if (const int needed = m_table->horizontalHeader()->sectionSizeHint(column);
            m_table->columnWidth(column) < needed)
            m_table->setColumnWidth(column, needed);
}

void InspectionQueuePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        // Filters, sort, selection and scroll stay: only words change. The rows follow through
        // the model; the counts are one cheap query.
        retranslateUi();
        reloadCounts();
    }
    QWidget::changeEvent(event);
}

void InspectionQueuePage::showTotal() {
    m_total->setText(tr("%n item(s)", nullptr, m_model->rowCount()));
}

QString InspectionQueuePage::message() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

void InspectionQueuePage::feedback(const QString& text, bool error) {
    theme::setTone(m_message, error ? Tone::Bad : Tone::Good, text);
    m_message->setVisible(!text.isEmpty());
    emit message(text, error);
}

void InspectionQueuePage::setUser(const std::optional<User>& user) {
    m_user = user;
    selectionChanged();
}

void InspectionQueuePage::refresh() {
    m_model->setSlaHours(qMax(1, m_station.intSetting(setting::SlaHours, 24)));
    fillAgeChoices();
    reloadPresets();
    reloadCounts();
    m_model->refresh();
}

QString InspectionQueuePage::ageRangeText(int minHours, int maxHours) const {
    return tr("%1 to %2 h")
        .arg(qMax(0, minHours))
        .arg(maxHours >= 0 ? QString::number(maxHours) : QStringLiteral("…"));
}

void InspectionQueuePage::fillAgeChoices() {
    // The age choices follow the SLA, so "overdue" always means the configured one. A range that
    // is none of them (a preset saved under another SLA) stays chosen as one more entry.
    const int sla = m_model->slaHours();
    const bool loading = std::exchange(m_loading, true);
    const QVariant current = m_age->currentData();
    m_age->clear();
    auto range = [](int min, int max) {
        return QVariant(QList<QVariant>{min, max});
    };
    m_age->addItem(tr("Any age"), range(-1, -1));
    m_age->addItem(tr("Overdue (%n h SLA or more)", nullptr, sla), range(sla, -1));
    m_age->addItem(tr("Due soon (from %n h)", nullptr, sla * 3 / 4), range(sla * 3 / 4, sla));
    m_age->addItem(tr("Within the SLA"), range(-1, sla));
    m_age->addItem(tr("Older than 3 days"), range(72, -1));
    m_age->addItem(tr("Older than 7 days"), range(168, -1));
    int index = m_age->findData(current);
    if (index < 0 && current.isValid()) {
        const QList<QVariant> hours = current.toList();
        m_age->addItem(ageRangeText(hours.value(0).toInt(), hours.value(1).toInt()), current);
        index = m_age->count() - 1;
    }
    m_age->setCurrentIndex(qMax(0, index));
    m_loading = loading;
}

void InspectionQueuePage::reloadPresets() {
    const QString current = m_presets->currentData().toString();
    m_presets->clear();
    m_presets->addItem(tr("Choose a preset…"), QString());
    const auto presets = InspectionQueue(m_station).presets();
    for (auto it = presets.cbegin(); it != presets.cend(); ++it)
        m_presets->addItem(it.key(), it.key());
    m_presets->setCurrentIndex(qMax(0, m_presets->findData(current)));
}

void InspectionQueuePage::reloadCounts() {
    while (QLayoutItem* item = m_counts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* title = new QLabel(tr("Open, by main cause"), m_counts->parentWidget());
    title->setStyleSheet(QStringLiteral("font-weight: 700;"));
    title->setWordWrap(true); // the buttons, not the heading, set the column's width
    m_counts->addWidget(title);
    const auto counts = InspectionQueue(m_station).countsByCause();
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    auto add = [&](const QString& label, const QString& cause, qint64 n) {
        auto* b = new QPushButton(tr("%1: %2").arg(label).arg(n), m_counts->parentWidget());
        b->setObjectName(QStringLiteral("count_") + (cause.isEmpty() ? QStringLiteral("all") : cause));
        b->setStyleSheet(QStringLiteral("text-align: left;"));
        connect(b, &QPushButton::clicked, this, [this, cause] {
            QueueFilter f = filterFromWidgets();
            f.status = QStringLiteral("open");
            f.cause = cause;
            setFilter(f);
        });
        m_counts->addWidget(b);
    };
    add(tr("All"), QString(), total);
    for (const QString& c : QueueFilter::causes())
        add(queueCauseLabel(c), c, counts.value(c));
    m_counts->addStretch();
    // The column is as wide as its widest count in this language: the scroll area would cut it.
    m_countsScroll->setMinimumWidth(m_countsScroll->widget()->sizeHint().width() +
                                    m_countsScroll->verticalScrollBar()->sizeHint().width());
}

QueueFilter InspectionQueuePage::filterFromWidgets() const {
    QueueFilter f = m_model->filter(); // keeps the sort chosen in the table header
    f.search = m_search->text().trimmed();
    f.status = m_status->currentData().toString();
    f.cause = m_cause->currentData().toString();
    f.grade = m_grade->currentData().toString();
    f.disposition = m_disposition->currentData().toString();
    f.category = m_category->text().trimmed();
    f.worker = m_worker->currentData().toString();
    const QList<QVariant> age = m_age->currentData().toList();
    f.minAgeHours = age.value(0).toInt() >= 0 ? std::optional<int>(age.value(0).toInt()) : std::nullopt;
    f.maxAgeHours = age.value(1).toInt() >= 0 ? std::optional<int>(age.value(1).toInt()) : std::nullopt;
    f.minValue = parseAmount(m_minValue->text());
    f.maxValue = parseAmount(m_maxValue->text());
    return f;
}

void InspectionQueuePage::applyFilters() {
    if (m_loading)
        return;
    m_searchDelay.stop();
    for (QLineEdit* field : {m_minValue, m_maxValue})
        if (!field->text().trimmed().isEmpty() && !parseAmount(field->text())) {
            feedback(tr("\"%1\" is not an amount: type e.g. 100 or 99.50.").arg(field->text()), true);
            return;
        }
    const QueueFilter f = filterFromWidgets();
    if (Status valid = f.validate(); !valid) {
        feedback(valid.error().message, true);
        return;
    }
    feedback({}, false);
    m_model->setFilter(f);
}

void InspectionQueuePage::setFilter(const QueueFilter& f) {
    m_loading = true;
    m_search->setText(f.search);
    m_status->setCurrentIndex(qMax(0, m_status->findData(f.status)));
    m_cause->setCurrentIndex(qMax(0, m_cause->findData(f.cause)));
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(f.grade)));
    m_disposition->setCurrentIndex(qMax(0, m_disposition->findData(f.disposition)));
    m_category->setText(f.category);
    m_worker->setCurrentIndex(qMax(0, m_worker->findData(f.worker)));
    const QVariant age(QList<QVariant>{f.minAgeHours.value_or(-1), f.maxAgeHours.value_or(-1)});
    int ageIndex = m_age->findData(age);
    if (ageIndex < 0) { // a preset saved under another SLA
        m_age->addItem(ageRangeText(f.minAgeHours.value_or(-1), f.maxAgeHours.value_or(-1)), age);
        ageIndex = m_age->count() - 1;
    }
    m_age->setCurrentIndex(ageIndex);
    m_minValue->setText(amountText(f.minValue));
    m_maxValue->setText(amountText(f.maxValue));
    m_searchDelay.stop();
    m_loading = false;
    feedback({}, false);
    m_model->setFilter(f);
    m_table->horizontalHeader()->blockSignals(true);
    const int sortColumn = [&] {
        for (int c = 0; c < QueueModel::ColumnCount; ++c)
            if (QueueModel::sortKeyFor(c) == f.sort)
                return c;
        return int(QueueModel::Age);
    }();
    const bool ascending = sortColumn == QueueModel::Age ? f.descending : !f.descending;
    m_table->horizontalHeader()->setSortIndicator(sortColumn,
                                                  ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_table->horizontalHeader()->blockSignals(false);
}

void InspectionQueuePage::search(const QString& code) {
    m_search->setText(code);
    QueueFilter f = filterFromWidgets();
    f.status.clear(); // a scanned item is shown whatever its state
    setFilter(f);
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        feedback(tr("Nothing in the queue matches %1.").arg(code), true);
}

void InspectionQueuePage::selectRow(int row) {
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QStringList InspectionQueuePage::selectedLpns() const {
    QStringList lpns;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const QueueEntry* e = m_model->entry(index.row()))
            lpns.append(e->lpn);
    return lpns;
}

void InspectionQueuePage::selectionChanged() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1) {
        const QueueEntry* e = m_model->entry(rows.first().row());
        m_detail->showItem(e ? e->lpn : QString());
    } else if (rows.size() > 1) {
        m_detail->showMultiple(static_cast<int>(rows.size()));
    } else {
        m_detail->showItem({});
    }
    updateActions();
}

void InspectionQueuePage::updateActions() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool allOpen = !rows.isEmpty();
    bool anyException = false;
    for (const QModelIndex& index : rows) {
        const QueueEntry* e = m_model->entry(index.row());
        allOpen = allOpen && e && e->status == QLatin1String("open");
        anyException =
            anyException ||
            (e && (e->causes.contains(cause::Exception) || e->causes.contains(cause::BlindReceipt)));
    }
    const bool supervisor = m_user && m_user->role != Role::Worker;
    const bool single = rows.size() == 1;
    // Bulk approval only where every item allows it: all open, none held for an exception (those
    // need a decision of their own).
    m_approve->setEnabled(supervisor && allOpen && (single || !anyException));
    m_approve->setText(rows.size() > 1
                           ? tr("Approve %n selected (Ctrl+Enter)", nullptr, static_cast<int>(rows.size()))
                           : tr("Approve (Ctrl+Enter)"));
    m_change->setEnabled(supervisor && allOpen && single);
    m_reject->setEnabled(supervisor && allOpen);
    m_regrade->setEnabled(supervisor && single && m_detail->detail() && !m_detail->detail()->grade.isEmpty());
    m_resolve->setEnabled(supervisor && allOpen && single && anyException);
}

bool InspectionQueuePage::checkDecisions(const Result<QList<QueueDecision>>& results) {
    if (!results) {
        feedback(results.error().message, true);
        return false;
    }
    for (const QueueDecision& d : *results)
        if (!d.ok) {
            feedback(tr("Nothing was changed: %1").arg(d.message), true);
            return false;
        }
    return true;
}

void InspectionQueuePage::afterDecision(const QString& text) {
    const int row = m_table->currentIndex().row();
    reloadCounts();
    m_model->refresh();
    if (m_model->rowCount() > 0)
        selectRow(qBound(0, row, m_model->rowCount() - 1)); // the next item moves up into place
    feedback(text, false);
}

void InspectionQueuePage::approveSelected() {
    const QStringList lpns = selectedLpns();
    if (!m_user || lpns.isEmpty() || !m_approve->isEnabled())
        return;
    if (lpns.size() > 1 && !Dialogs::ask(this, tr("Approve items"),
                                         tr("Approve %n item(s) with their chosen dispositions?", nullptr,
                                            static_cast<int>(lpns.size())),
                                         tr("Approve all"), tr("Cancel")))
        return;
    const auto results = InspectionQueue(m_station).approve(*m_user, lpns, std::nullopt, {});
    if (checkDecisions(results))
        afterDecision(tr("%n item(s) approved.", nullptr, static_cast<int>(lpns.size())));
}

void InspectionQueuePage::changeDisposition() {
    const QStringList lpns = selectedLpns();
    if (!m_user || lpns.size() != 1 || !m_detail->detail())
        return;
    const ItemDetail d = *m_detail->detail(); // a copy: a refresh replaces the pane's detail
    QList<Disposition> options = d.allowed;
    if (!options.contains(Disposition::Quarantine))
        options.append(Disposition::Quarantine); // always allowed
    QStringList labels;
    for (Disposition o : options)
        labels << (dispositionName(o) == d.suggested ? tr("%1 (suggested)").arg(dispositionLabel(o))
                                                     : dispositionLabel(o));
    const auto choice =
        Dialogs::askChoice(this, tr("Change disposition"), tr("New disposition for %1:").arg(d.lpn), labels);
    if (!choice || *choice < 0 || *choice >= options.size())
        return;
    const auto comment =
        Dialogs::askText(this, tr("Change disposition"), tr("Why? (kept with the decision)"));
    if (!comment)
        return;
    const auto results = InspectionQueue(m_station).approve(*m_user, lpns, options[*choice], *comment);
    if (checkDecisions(results))
        afterDecision(tr("%1 approved as %2.").arg(d.lpn, dispositionLabel(options[*choice])));
}

void InspectionQueuePage::rejectSelected() {
    const QStringList lpns = selectedLpns();
    if (!m_user || lpns.isEmpty())
        return;
    const auto reason = Dialogs::askText(
        this, tr("Reject"),
        tr("Why are %n item(s) rejected? The refund is denied.", nullptr, static_cast<int>(lpns.size())));
    if (!reason)
        return;
    const auto results = InspectionQueue(m_station).reject(*m_user, lpns, std::nullopt, *reason);
    if (checkDecisions(results))
        afterDecision(tr("%n item(s) rejected.", nullptr, static_cast<int>(lpns.size())));
}

void InspectionQueuePage::requestRegrade() {
    if (!m_user || !m_detail->detail())
        return;
    const ItemDetail d = *m_detail->detail(); // a copy: a refresh replaces the pane's detail
    QStringList labels{tr("Any worker but %1").arg(d.worker)};
    QStringList badges{QString()};
    for (const User& u : Users(m_station).list())
        if (u.active && u.badge != d.worker) {
            labels << tr("%1 %2").arg(u.badge, u.name);
            badges << u.badge;
        }
    const auto who =
        Dialogs::askChoice(this, tr("Ask for a re-grade"),
                           tr("Who grades %1 again, without seeing the first grade?").arg(d.lpn), labels);
    if (!who || *who < 0 || *who >= badges.size())
        return;
    const auto note =
        Dialogs::askText(this, tr("Ask for a re-grade"), tr("A note for the re-grader (optional)"),
                         /*required=*/false);
    if (!note)
        return;
    if (Status done = Regrade(m_station).request(*m_user, d.lpn, *note, badges[*who]); !done) {
        feedback(done.error().message, true);
        return;
    }
    m_detail->showItem(d.lpn);
    feedback(tr("A second grade of %1 is requested; the item stays in the queue.").arg(d.lpn), false);
}

void InspectionQueuePage::resolveException() {
    if (!m_user || !m_detail->detail())
        return;
    const ItemDetail d = *m_detail->detail();
    InspectionQueue queue(m_station);
    Result<QueueDecision> result = Error::invalid(QString(), QString());
    if (d.authorization == authorization::UnknownParcel) {
        const auto text = Dialogs::askText(
            this, tr("Blind receipt"),
            tr("Find the RMA of %1: type its RMA code, tracking number or serial.").arg(d.lpn));
        if (!text)
            return;
        auto matches = queue.findRmas(*text);
        if (!matches) {
            feedback(matches.error().message, true);
            return;
        }
        QStringList labels;
        for (const RmaMatch& m : *matches)
            labels << tr("%1 · %2 · %3 (found by %4)").arg(m.rma, m.status, m.reasonCode, m.matchedBy);
        labels << tr("No RMA matches: mark it unmatched (no refund)");
        const auto choice = Dialogs::askChoice(this, tr("Blind receipt"),
                                               matches->isEmpty() ? tr("No RMA found for \"%1\".").arg(*text)
                                                                  : tr("Link %1 to:").arg(d.lpn),
                                               labels);
        if (!choice || *choice < 0 || *choice >= labels.size())
            return;
        const bool unmatched = *choice == matches->size();
        result = queue.resolveException(
            *m_user, d.lpn, unmatched ? ExceptionDecision::Unmatched : ExceptionDecision::LinkRma,
            unmatched ? QString() : matches->at(*choice).rma,
            unmatched ? tr("No RMA found") : tr("Linked to %1").arg(matches->at(*choice).rma));
    } else {
        const auto choice = Dialogs::askChoice(
            this, tr("Exception: %1").arg(d.authorization), tr("Decide the exception of %1:").arg(d.lpn),
            {tr("Accept the return as received"), tr("Deny it: no refund, item to quarantine")});
        if (!choice || (*choice != 0 && *choice != 1))
            return;
        const auto comment = Dialogs::askText(this, tr("Exception: %1").arg(d.authorization),
                                              tr("Why? (kept with the decision)"), /*required=*/*choice == 1);
        if (!comment)
            return;
        result = queue.resolveException(
            *m_user, d.lpn, *choice == 0 ? ExceptionDecision::Accept : ExceptionDecision::Deny, {}, *comment);
    }
    if (!result) {
        feedback(result.error().message, true);
        return;
    }
    afterDecision(tr("Exception of %1 resolved (%2).").arg(d.lpn, result->status));
}

void InspectionQueuePage::savePreset() {
    const auto name = Dialogs::askText(this, tr("Save preset"), tr("Name of this filter preset"));
    if (!name)
        return;
    if (Status saved = InspectionQueue(m_station).savePreset(*name, filterFromWidgets()); !saved) {
        feedback(saved.error().message, true);
        return;
    }
    reloadPresets();
    m_presets->setCurrentIndex(qMax(0, m_presets->findData(name->trimmed())));
    feedback(tr("Preset \"%1\" saved.").arg(name->trimmed()), false);
}

void InspectionQueuePage::deletePreset() {
    const QString name = m_presets->currentData().toString();
    if (name.isEmpty())
        return;
    if (Status removed = InspectionQueue(m_station).deletePreset(name); !removed) {
        feedback(removed.error().message, true);
        return;
    }
    reloadPresets();
    feedback(tr("Preset \"%1\" deleted.").arg(name), false);
}

} // namespace dockside
