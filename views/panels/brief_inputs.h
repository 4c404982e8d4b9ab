// The brief inputs an architect may change from the properties panel: path, label, range, current value.
#pragma once

#include "brief/brief.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace hallwright::views {

/// One editable brief field. path and the JSON value are those of the brief
/// file format (e.g. "power.redundancy", "\"N+1\"").
struct BriefInput
{
    enum class Type { Integer, Number, Choice };
    QString path;
    QString section;                 ///< group in the panel
    QString label;
    QString unit;                    ///< shown as the spin box suffix
    Type type = Type::Number;
    double minimum = 0, maximum = 0;
    int decimals = 2;
    QStringList choices;             ///< Choice: the brief spellings, in order
    QStringList choiceLabels;        ///< Choice: what the user reads
    /// Number: the minimum stands for "null" (e.g. PUE estimated by the engine), with this text.
    QString nullText;
    /// The brief's current value as the panel shows it (a share as a percentage: see `scale`): an
    /// int, double, the choice spelling, or an invalid QVariant for null.
    std::function<QVariant(const Brief &)> current;
    /// Shown value ÷ scale is the brief's value: 100 for a share the brief writes as a fraction
    /// (0.8) and the panel as a percentage (80 %), as the new-hall form does.
    double scale = 1.0;
    /// Choice: the spellings are JSON literals (null, true, false), written without quotes.
    bool jsonChoices = false;
};

/// The inputs in panel order.
const std::vector<BriefInput> &briefInputs();

/// The input's label ("Utilization") for a brief path, or the path itself when the panel has
/// no editor for it.
QString briefInputName(const QString &path);
/// A JSON value of the input at `path` as the panel shows it: a choice by its label ("air" as
/// 风冷 in Chinese), a share as a percentage (0.8 as 80 %), null as the input's words for it.
QString briefValueText(const QString &path, const QString &valueJson);

/// The JSON literal for the shown value of input (divided by its scale; null for the special
/// minimum of a nullable number).
QString briefValueJson(const BriefInput &input, const QVariant &value);

} // namespace hallwright::views
