using Snapback.Evaluation.Running;
using Snapback.Screening.Scan;

namespace Snapback.Evaluation.Text;

/// <summary>Scans every text of a <see cref="TextDeck"/> through the scanning use case and scores the spans found against the planted ones.</summary>
public static class TextEvaluation
{
    public static TextReport Run(TextScanner scanner, IReadOnlyList<TextCase> deck, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(scanner);
        ArgumentNullException.ThrowIfNull(deck);
        var results = new ScanResult[deck.Count];
        Parallel.For(0, deck.Count, i => results[i] = scanner.Scan(new ScanRequest(deck[i].Id, deck[i].Text), threshold));

        int planted = 0, found = 0, exact = 0, predicted = 0, right = 0, negatives = 0, negativesHit = 0;
        var byWay = new Dictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var missed = new List<string>();
        for (var i = 0; i < deck.Count; i++)
        {
            var text = deck[i];
            var spans = results[i].Mentions.GroupBy(static m => (m.Start, m.End)).ToList();
            predicted += spans.Count;
            foreach (var span in spans)
            {
                if (text.Planted.Any(p => Overlaps(p, span.Key.Start, span.Key.End)))
                {
                    right++;
                }
                else
                {
                    wrong.Add($"{text.Id}: {span.First().Text.ReplaceLineEndings(" ")} -> {span.First().Name}");
                }
            }

            negatives += text.Planted.IsEmpty ? 1 : 0;
            negativesHit += text.Planted.IsEmpty && spans.Count > 0 ? 1 : 0;
            foreach (var p in text.Planted)
            {
                planted++;
                var match = spans.FirstOrDefault(s => Overlaps(p, s.Key.Start, s.Key.End) && s.Any(m => m.EntityId == p.EntityId));
                var ok = match is not null;
                found += ok ? 1 : 0;
                exact += ok && match!.Key == (p.Start, p.End) ? 1 : 0;
                var (f, t) = byWay.GetValueOrDefault(p.How);
                byWay[p.How] = (f + (ok ? 1 : 0), t + 1);
                if (!ok)
                {
                    missed.Add($"{text.Id} [{p.How}]: {text.Text[p.Start..p.End].ReplaceLineEndings(" ")}");
                }
            }
        }

        return new TextReport(
            new Proportion(found, planted),
            new Proportion(exact, planted),
            new Proportion(right, predicted),
            byWay.OrderBy(static w => w.Key, StringComparer.Ordinal).ToDictionary(static w => w.Key, static w => new Proportion(w.Value.Found, w.Value.Total), StringComparer.Ordinal),
            new Proportion(negativesHit, negatives),
            wrong,
            missed);
    }

    private static bool Overlaps(PlantedName p, int start, int end) => start < p.End && p.Start < end;
}
