// Properties panel: title, figure table, and position / brief inputs emitting intents.
#include "panels/properties_panel.h"

#include "analysis/analysis.h"
#include "panels/brief_inputs.h"
#include "panels/figure_table.h"
#include "panels/property_figures.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hallwright::views {

namespace {

/// The wheel over an editor the user has not clicked into scrolls the panel: it does not turn
/// the value (a turn there would change the design while the user only meant to scroll).
class WheelOnlyWhenFocused : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            const auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->hasFocus()) {
                event->ignore();   // goes on to the scroll area
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

void guardWheel(QWidget *editor, QObject *guard)
{
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->installEventFilter(guard);
}

} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new FigureTable(this)), m_inputs(new QWidget),
      m_form(new QFormLayout(m_inputs)), m_refreshTimer(new QTimer(this)), m_wheelGuard(new WheelOnlyWhenFocused(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    auto *split = m_split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_inputs);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(40);
    connect(m_refreshTimer, &QTimer::timeout, this, &PropertiesPanel::refresh);
    setMinimumWidth(320);
    refresh();
}

PropertiesPanel::~PropertiesPanel() = default;

void PropertiesPanel::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    m_design = design;
    m_catalog = catalog;
    m_results = results;
    m_index = design ? DesignIndex(*design) : DesignIndex();
    m_inputsFor.clear();
    refresh();
}

void PropertiesPanel::applyChanges(const PlanChanges &changes)
{
    if (changes.structural || changes.regenerated) {
        m_index = m_design ? DesignIndex(*m_design) : DesignIndex();
        m_inputsFor.clear();
    }
    m_refreshTimer->start();
}

void PropertiesPanel::revertInputs()
{
    m_overrideFocus = true;
    refresh();
    m_overrideFocus = false;
}

void PropertiesPanel::setSelectionModel(SelectionModel *model)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = model;
    if (m_selection)
        connect(m_selection, &SelectionModel::selectionChanged, this, &PropertiesPanel::refresh);
    refresh();
}

QString PropertiesPanel::title() const
{
    return m_title->text();
}

QWidget *PropertiesPanel::inputEditor(const QString &path) const
{
    return m_editors.value(path);
}

void PropertiesPanel::refresh()
{
    m_refreshTimer->stop();
    const QList<SelectionItem> sel = m_selection ? m_selection->selection() : QList<SelectionItem>{};
    const PropertySource source{m_design, m_catalog, m_results, &m_index};
    m_title->setText(selectionTitle(source, sel));
    m_table->beginRebuild();
    addSelectionFigures(*m_table, source, sel);
    m_table->endRebuild();
    rebuildInputs();
}

void PropertiesPanel::rebuildInputs()
{
    const QList<SelectionItem> sel = m_selection ? m_selection->selection() : QList<SelectionItem>{};
    QString key = QStringLiteral("none");
    if (m_design && sel.isEmpty())
        key = QStringLiteral("hall");
    else if (m_design && sel.size() == 1
             && (sel.front().kind == SelectionItem::Kind::Rack || sel.front().kind == SelectionItem::Kind::Row))
        key = QStringLiteral("%1:%2").arg(int(sel.front().kind)).arg(sel.front().id);
    if (key != m_inputsFor) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_editors.clear();
        m_inputsFor = key;
        // The brief's inputs are the hall's editor: they get most of the height; a rack's or a
        // row's two position fields leave it to the figures.
        const bool brief = key == QLatin1String("hall");
        if (brief != m_briefLayout) {
            m_briefLayout = brief;
            const int h = std::max(m_split->height(), 300);
            m_split->setSizes(brief ? QList<int>{h * 2 / 5, h * 3 / 5} : QList<int>{h * 3 / 5, h * 2 / 5});
        }
        if (key == QLatin1String("hall"))
            addBriefInputs();
        else if (key != QLatin1String("none"))
            addPositionInputs(sel.front(), 0, 0);
    }
    // Refresh the values shown, except in the editor the user is typing in (a list has no typing).
    auto setValue = [this](QWidget *w, const QVariant &v) {
        if (!w || (w->hasFocus() && !m_overrideFocus && !qobject_cast<QComboBox *>(w)))
            return;
        const QSignalBlocker block(w);
        if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            d->setValue(v.isValid() ? v.toDouble() : d->minimum());
        else if (auto *i = qobject_cast<QSpinBox *>(w))
            i->setValue(v.toInt());
        else if (auto *c = qobject_cast<QComboBox *>(w))
            c->setCurrentIndex(c->findData(v));
    };
    if (key == QLatin1String("hall") && m_results && m_results->brief) {
        for (const BriefInput &in : briefInputs()) {
            QWidget *w = m_editors.value(in.path);
            const QVariant v = in.current(*m_results->brief);
            setValue(w, v);
            if (w)
                w->setEnabled(v.isValid() || !in.nullText.isEmpty());
        }
    } else if (key != QLatin1String("none") && key != QLatin1String("hall")) {
        const SelectionItem &item = sel.front();
        Rect r;
        if (item.kind == SelectionItem::Kind::Rack) {
            if (const Rack *rack = m_index.rack(RackId(item.id)))
                r = rack->footprint;
        } else if (const Row *row = m_index.row(RowId(item.id))) {
            r = row->area;
        }
        setValue(m_editors.value(QStringLiteral("position.x")), r.x);
        setValue(m_editors.value(QStringLiteral("position.y")), r.y);
    }
}

void PropertiesPanel::addPositionInputs(const SelectionItem &item, double, double)
{
    m_form->addRow(new QLabel(item.kind == SelectionItem::Kind::Rack ? tr("<b>Move the rack</b>")
                                                                      : tr("<b>Move the row</b>")));
    for (const char *axis : {"x", "y"}) {
        auto *spin = new QDoubleSpinBox(m_inputs);
        spin->setRange(-1000, 10000);
        spin->setDecimals(2);
        spin->setSingleStep(0.1);
        spin->setSuffix(tr(" m"));
        spin->setKeyboardTracking(false);
        const QString path = QStringLiteral("position.") + QLatin1String(axis);
        spin->setObjectName(path);
        m_editors.insert(path, spin);
        guardWheel(spin, m_wheelGuard);
        const bool isX = axis[0] == 'x';
        spin->setToolTip(isX ? tr("Distance of the west edge from the hall's origin; Enter moves it (undoable)")
                             : tr("Distance of the south edge from the hall's origin; Enter moves it (undoable)"));
        m_form->addRow(isX ? tr("West edge (x)") : tr("South edge (y)"), spin);
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, item, isX] {
            Rect r;
            if (item.kind == SelectionItem::Kind::Rack) {
                if (const Rack *rack = m_index.rack(RackId(item.id)))
                    r = rack->footprint;
            } else if (const Row *row = m_index.row(RowId(item.id))) {
                r = row->area;
            }
            const double delta = spin->value() - (isX ? r.x : r.y);
            if (std::abs(delta) > 1e-9)
                emit moveRequested({item}, isX ? QPointF(delta, 0) : QPointF(0, delta));
        });
    }
}

void PropertiesPanel::addBriefInputs()
{
    if (!m_results || !m_results->brief) {
        m_form->addRow(new QLabel(tr("This design has no brief to edit.")));
        return;
    }
    QString section;
    for (const BriefInput &in : briefInputs()) {
        if (in.section != section) {
            section = in.section;
            m_form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(section.toHtmlEscaped())));
        }
        QWidget *editor = nullptr;
        switch (in.type) {
        case BriefInput::Type::Integer: {
            auto *spin = new QSpinBox(m_inputs);
            spin->setRange(int(in.minimum), int(in.maximum));
            spin->setSuffix(in.unit);
            spin->setKeyboardTracking(false);
            spin->setGroupSeparatorShown(true);
            connect(spin, &QSpinBox::editingFinished, this, [this, spin, &in] {
                if (m_results && m_results->brief && spin->value() != in.current(*m_results->brief).toInt())
                    emit inputEdited(in.path, briefValueJson(in, spin->value()));
            });
            editor = spin;
            break;
        }
        case BriefInput::Type::Number: {
            auto *spin = new QDoubleSpinBox(m_inputs);
            spin->setRange(in.minimum, in.maximum);
            spin->setDecimals(in.decimals);
            spin->setSingleStep(in.scale > 1.0 ? 1.0 : std::pow(10.0, -std::max(1, in.decimals - 1))); // 1 % a step
            spin->setSuffix(in.unit);
            spin->setSpecialValueText(in.nullText);
            spin->setKeyboardTracking(false);
            connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, &in] {
                if (!m_results || !m_results->brief)
                    return;
                const QString now = briefValueJson(in, spin->value());
                if (now != briefValueJson(in, in.current(*m_results->brief)))
                    emit inputEdited(in.path, now);
            });
            editor = spin;
            break;
        }
        case BriefInput::Type::Choice: {
            auto *combo = new QComboBox(m_inputs);
            for (int i = 0; i < in.choices.size(); ++i)
                combo->addItem(in.choiceLabels.value(i, in.choices[i]), in.choices[i]);
            // Every change the user makes (a click in the list, the keys, the wheel once the
            // box has focus) is an edit; the panel's own refresh sets the box with its signals
            // blocked.
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, &in] {
                if (m_results && m_results->brief && combo->currentData() != in.current(*m_results->brief))
                    emit inputEdited(in.path, briefValueJson(in, combo->currentData()));
            });
            editor = combo;
            break;
        }
        }
        editor->setObjectName(in.path);
        editor->setToolTip(tr("Brief field %1: changing it regenerates the design (undoable)").arg(in.path));
        m_editors.insert(in.path, editor);
        guardWheel(editor, m_wheelGuard);
        m_form->addRow(in.label, editor);
    }
}

} // namespace hallwright::views
