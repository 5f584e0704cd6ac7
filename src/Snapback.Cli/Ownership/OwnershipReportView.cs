using System.Globalization;
using Snapback.Screening.Ownership;

namespace Snapback.Cli.Ownership;

/// <summary>A party's ownership status as text: status, aggregate, the paths from listed parties, owners, and what it makes blocked.</summary>
internal static class OwnershipReportView
{
    public static void Write(OwnershipReport report, OwnershipRegime regime, OwnershipView view)
    {
        Console.WriteLine($"{report.PartyId} ({view.NameOf(report.PartyId)}): {Status(report.Status)} under {regime.Name} ({regime.Rule})");
        if (!report.InGraph)
        {
            Console.WriteLine("  no holding names this party");
        }

        if (report.Listing is { } listing)
        {
            Console.WriteLine("  listing: " + Listing(listing, view));
        }

        Console.WriteLine($"  aggregate share held by blocked parties: {Percent(report.AggregateShare)}" +
            (report.ControlledByBlocked ? "; controlled by a blocked party" : ""));
        if (report.Paths.Length > 0)
        {
            Console.WriteLine("  paths:");
            foreach (var path in report.Paths)
            {
                Console.WriteLine($"    {path}   [{Listing(path.Listing, view)}]");
            }
        }

        if (report.Owners.Length > 0)
        {
            Console.WriteLine("  owners:");
            foreach (var owner in report.Owners)
            {
                Console.WriteLine($"    {Percent(owner.Share),9}{(owner.Control ? " +control" : "")}  {owner.PartyId} ({view.NameOf(owner.PartyId)}): {Status(owner.Status)}");
            }
        }

        if (report.Blocks.Length > 0)
        {
            Console.WriteLine("  owns, blocked by ownership:");
            foreach (var holding in report.Blocks)
            {
                Console.WriteLine($"    {Percent(holding.Share),9}  {holding.PartyId} ({view.NameOf(holding.PartyId)})");
            }
        }
    }

    private static string Listing(ListedLink link, OwnershipView view) =>
        link.IsNameMatch
            ? $"{link.PartyId} ~ {link.EntityId} {view.NameOf(link.EntityId)}, a name match (score {link.Score!.Value.ToString("0.000", CultureInfo.InvariantCulture)}), not certain"
            : $"{link.EntityId} {view.NameOf(link.EntityId)}, listed";

    private static string Status(OwnershipStatus status) => status switch
    {
        OwnershipStatus.Listed => "blocked (listed)",
        OwnershipStatus.Owned => "blocked by ownership",
        _ => "not blocked",
    };

    private static string Percent(decimal share) => share.ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
