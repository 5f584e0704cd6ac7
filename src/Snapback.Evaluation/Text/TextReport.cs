using Snapback.Evaluation.Running;

namespace Snapback.Evaluation.Text;

/// <summary>
/// How well scanning found the planted names. A planted name is found when a mention overlaps its span and names its entity
/// (<see cref="Recall"/>), found exactly when the span is also the same (<see cref="ExactRecall"/>). A mention is right when it
/// overlaps a planted name (<see cref="Precision"/>); mentions in texts with no planted name are all wrong.
/// </summary>
/// <param name="ByWay">Recall per way the name was written (plain, possessive, typo, cyrillic-genitive, payment-capitals...).</param>
/// <param name="NegativeTexts">Texts with no planted name, and how many of them got a mention.</param>
/// <param name="WrongMentions">Mentions that overlap no planted name, as "text id: words -> listed name", for reading.</param>
/// <param name="Missed">Planted names not found, as "text id [how]: words", for reading.</param>
public sealed record TextReport(
    Proportion Recall,
    Proportion ExactRecall,
    Proportion Precision,
    IReadOnlyDictionary<string, Proportion> ByWay,
    Proportion NegativeTexts,
    IReadOnlyList<string> WrongMentions,
    IReadOnlyList<string> Missed);
