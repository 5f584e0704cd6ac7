using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Matching.Explanation;
using Snapback.Screening.Screen;
using Spectre.Console;

namespace Snapback.Cli.Screen;

/// <summary>Prints one party's hits, each with the listed name that matched, token by token, and the secondary evidence.</summary>
internal static class ScreenResultView
{
    public static void Write(string name, PartyResult result, LoadedLists lists)
    {
        if (result.Error is not null)
        {
            AnsiConsole.MarkupLine($"[red]error[/] {Markup.Escape(result.Error)}");
            return;
        }

        var listsText = string.Join(", ", lists.Snapshots.Select(s => $"{s.Source} {ImportResultText.Date(s.PublishedAt)}"));
        AnsiConsole.MarkupLine(Markup.Escape($"{name}: {result.Hits.Count} hit(s) among {lists.Index.EntityCount:N0} listed parties ({listsText})"));
        if (result.Basis is { } basis)
        {
            var asOf = basis.AsOf is { } date ? "; lists as of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            AnsiConsole.MarkupLine(Markup.Escape(
                $"screened against {basis.ListsText}; threshold {basis.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}; matcher {basis.Matcher}{asOf}"));
        }
        foreach (var hit in result.Hits)
        {
            var e = hit.Explanation;
            AnsiConsole.WriteLine();
            AnsiConsole.MarkupLine(
                $"[bold]{hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}[/]  [bold]{Markup.Escape(hit.EntityId)}[/]  {Markup.Escape(hit.Name)}"
                + Markup.Escape($"  ({hit.Kind}; {string.Join(", ", hit.Lists)}; {string.Join(", ", hit.Programs)})"));
            AnsiConsole.MarkupLine(Markup.Escape(
                $"       matched the {e.NameType} '{e.ListedName}', name score {e.NameScore.ToString("0.00", CultureInfo.InvariantCulture)}"));
            foreach (var token in e.Tokens)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"       {Token(token)}"));
            }

            foreach (var evidence in e.Evidence)
            {
                var effect = evidence.Effect.ToString("+0.00;-0.00;±0.00", CultureInfo.InvariantCulture);
                AnsiConsole.MarkupLine(Markup.Escape($"       {evidence.Kind}: {evidence.Detail} ({effect})"));
            }
        }
    }

    private static string Token(TokenMatch token) => (token.QueryToken, token.ListedToken) switch
    {
        (null, var listed) => $"  (listed '{listed}' not in the query)",
        (var query, null) => $"'{query}' has no counterpart in the listed name",
        var (query, listed) => $"'{query}' = '{listed}' by {token.Method}"
            + (token.Edits > 0 ? string.Create(CultureInfo.InvariantCulture, $", {token.Edits:0.#} edit(s)") : string.Empty)
            + string.Create(CultureInfo.InvariantCulture, $", similarity {token.Similarity:0.00}"),
    };
}
