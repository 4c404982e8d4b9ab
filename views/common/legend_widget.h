// A compact legend box for a colour mode: title, swatches with labels and rack counts, an optional note.
#pragma once

#include "common/colour_modes.h"

#include <QWidget>

namespace hallwright::views {

/// Paints a legend on a translucent card; sized to its content. Used as an
/// overlay by the 2D plan (and available to the 3D view) so both read alike.
/// Transparent to the mouse so that the view beneath keeps its clicks.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    void setLegend(const QString &title, const QList<LegendEntry> &entries, const QString &note = {});
    QString title() const { return m_title; }
    const QList<LegendEntry> &entries() const { return m_entries; }
    QString note() const { return m_note; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString entryText(const LegendEntry &e) const;

    QString m_title;
    QList<LegendEntry> m_entries;
    QString m_note;
};

} // namespace hallwright::views
