// Properties of the selection: read-only figures with units, and inputs whose edits leave as intents.
#pragma once

#include <QPointF>
#include <QPointer>
#include <QWidget>

#include "common/design_index.h"
#include "floorplan/floor_plan_scene.h"
#include "selection/selection_model.h"

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSplitter;
class QTimer;

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

class FigureTable;

/// Shows the current selection (the hall when nothing is selected). Never
/// edits: a changed position leaves as moveRequested (the app applies
/// MoveRacks / MoveRows), a changed brief input as inputEdited (SetInput).
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);
    ~PropertiesPanel() override;

    void setData(const Design *design, const Catalog *catalog, const Results *results);
    /// Refreshes shortly after an edit (coalesced, so a drag stays smooth).
    void applyChanges(const PlanChanges &changes);
    void setSelectionModel(SelectionModel *model);

    QString title() const;
    FigureTable *figures() const { return m_table; }
    /// The editor of a brief input by path, or of "position.x" / "position.y"; null when not shown.
    QWidget *inputEditor(const QString &path) const;

public slots:
    void refresh();
    /// Shows the design's values again in every editor, the one with the focus included: after
    /// an edit was refused, the editor must not keep the value the engine did not take.
    void revertInputs();

signals:
    void inputEdited(const QString &path, const QString &valueJson);
    void moveRequested(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);

private:
    void rebuildInputs();
    void addPositionInputs(const SelectionItem &item, double x, double y);
    void addBriefInputs();

    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    const Results *m_results = nullptr;
    DesignIndex m_index;
    QPointer<SelectionModel> m_selection;
    QLabel *m_title;
    FigureTable *m_table;
    QWidget *m_inputs;
    QFormLayout *m_form;
    QTimer *m_refreshTimer;
    QObject *m_wheelGuard;   ///< keeps the wheel from turning an editor the user has not clicked into
    QHash<QString, QWidget *> m_editors;
    QString m_inputsFor;
    bool m_overrideFocus = false;
    QSplitter *m_split = nullptr;     ///< figures above, inputs below
    bool m_briefLayout = false;       ///< the split is sized for the brief's inputs   ///< refresh the focused editor too (revertInputs)            ///< what the inputs were built for, to keep them while it stays the same
};

} // namespace hallwright::views
