using System.Globalization;
using Snapback.Screening.Scan;
using Snapback.Screening.Screen;
using Spectre.Console;

namespace Snapback.Cli.Scan;

/// <summary>Prints the mentions found in a text: where, as written, which listed party, how close, and what it was screened against.</summary>
internal static class ScanResultView
{
    public static void Write(ScanResult result, LoadedLists lists)
    {
        if (result.Error is not null)
        {
            AnsiConsole.MarkupLine($"[red]error[/] {Markup.Escape(result.Error)}");
            return;
        }

        var spans = result.Mentions.Select(static m => (m.Start, m.End)).Distinct().Count();
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{spans} mention(s) of {result.Mentions.Select(static m => m.EntityId).Distinct(StringComparer.Ordinal).Count()} listed part(ies) among {lists.Index.EntityCount:N0}"));
        if (result.Basis is { } basis)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"scanned against {basis.ListsText}; threshold {basis.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}; matcher {basis.Matcher}"));
        }

        if (result.Mentions.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("span", "as written", "score", "entity", "listed name", "lists");
        foreach (var m in result.Mentions)
        {
            table.AddRow(
                Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{m.Start}-{m.End}")),
                Markup.Escape(m.Text.ReplaceLineEndings(" ")),
                m.Score.ToString("0.000", CultureInfo.InvariantCulture),
                Markup.Escape(m.EntityId),
                Markup.Escape(m.Name),
                Markup.Escape(string.Join(", ", m.Lists)));
        }

        AnsiConsole.Write(table);
    }
}
