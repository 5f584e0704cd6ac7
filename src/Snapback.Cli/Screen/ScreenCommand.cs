using System.CommandLine;
using System.Text.Json;
using Snapback.Cli.Hosting;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;
using Spectre.Console;

namespace Snapback.Cli.Screen;

/// <summary><c>snapback screen NAME …</c> for one party, <c>snapback screen --input FILE --output FILE</c> for a whole file.</summary>
internal static class ScreenCommand
{
    private static readonly Argument<string?> Name = new("name") { Description = "The name to screen", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<string?> Kind = new("--kind") { Description = "person, organization, vessel or aircraft" };
    private static readonly Option<string?> BirthDate = new("--dob", "--birth-date") { Description = "Birth date: YYYY-MM-DD, YYYY-MM or YYYY" };
    private static readonly Option<string?> Country = new("--country") { Description = "Country: ISO code (RU) or name (Russia)" };
    private static readonly Option<string[]> Identifiers = new("--id")
    {
        Description = "Identifier, TYPE:VALUE (passport:A123, imo:9187629) or a bare value; repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<double?> Threshold = new("--threshold")
    {
        Description = $"Lowest score reported, 0-1 (default {Snapback.Matching.MatchOptions.Default.Threshold:0.00}, chosen from the evaluation)",
    };

    private static readonly Option<string?> Input = new("--input", "-i") { Description = "Screen a whole file (CSV or JSON Lines)" };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Where batch results go (CSV or JSON Lines); - for stdout" };
    private static readonly Option<string?> Format = new("--format") { Description = "csv or jsonl, when the file extension does not say" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "Screen against the lists in force on this date (YYYY-MM-DD)" };

    public static Command Create()
    {
        var command = new Command("screen", "Screen a name, or a whole file of parties, against the lists in force")
        {
            Name, Kind, BirthDate, Country, Identifiers, Threshold, CliOptions.Json, Input, Output, Format, AsOf,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (ScreeningService.ThresholdError(parse.GetValue(Threshold)) is not null)
        {
            Console.Error.WriteLine($"snapback screen: --threshold must be a number from 0 to 1, not '{parse.GetValue(Threshold)}'");
            return 2;
        }

        var asOf = CliDates.ParseAsOf(parse.GetValue(AsOf));
        var screening = await CliSession.LoadScreeningAsync(parse.GetValue(CliOptions.Database), asOf, cancellationToken);
        var input = parse.GetValue(Input);
        return input is null
            ? ScreenOne(parse, screening)
            : await BatchCommand.RunAsync(screening, input, parse.GetValue(Output), parse.GetValue(Format), parse.GetValue(Threshold), cancellationToken);
    }

    private static int ScreenOne(ParseResult parse, ScreeningService screening)
    {
        var name = parse.GetValue(Name);
        if (string.IsNullOrWhiteSpace(name))
        {
            Console.Error.WriteLine("snapback screen: give a NAME, or --input FILE");
            return 2;
        }

        var request = new PartyRequest(
            null,
            name,
            parse.GetValue(Kind),
            parse.GetValue(BirthDate),
            parse.GetValue(Country),
            PartyFileReader.ParseIdentifiers(string.Join(';', parse.GetValue(Identifiers) ?? [])));
        var result = screening.Screen(request, parse.GetValue(Threshold));
        if (parse.GetValue(CliOptions.Json))
        {
            Console.WriteLine(JsonSerializer.Serialize(result, BatchJson.Options));
        }
        else
        {
            ScreenResultView.Write(name, result, screening.Current!);
        }

        return result.Error is null ? 0 : 2;
    }
}
