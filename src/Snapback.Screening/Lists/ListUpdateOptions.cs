using System.ComponentModel.DataAnnotations;
using Snapback.Lists;

namespace Snapback.Screening.Lists;

/// <summary>Where and how <see cref="ListUpdater"/> downloads the official lists.</summary>
public sealed class ListUpdateOptions
{
    /// <summary>
    /// Official download address of each source to update. Defaults: OFAC SDN and Consolidated XML (Sanctions List Service), UN
    /// consolidated XML, EU FSF XML 1.1, the FCDO UK Sanctions List XML, and the address each registered source gives
    /// (<see cref="ListSources.Registered"/>). The EU address carries a <c>token</c> query parameter that the EU issues with FSF
    /// access; the default is the public token the EU has published, and a changed token is set here.
    /// </summary>
    public Dictionary<string, Uri> Sources { get; } = WithRegistered(new(StringComparer.Ordinal)
    {
        [ListSources.OfacSdn] = new("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"),
        [ListSources.OfacConsolidated] = new("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML"),
        [ListSources.Un] = new("https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
        [ListSources.Eu] = new("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"),
        [ListSources.UkFcdo] = new("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"),
    });

    /// <summary>Time allowed for one request, body included. The default value is 2 minutes.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts per source when the server fails (5xx, 408, 429), times out or drops the connection. The default value is 3.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry; each further retry waits twice as long. The default value is 5 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest download accepted, in bytes. The default value is 512 MiB (OFAC SDN_ADVANCED is about 100 MB).</summary>
    [Range(1L, long.MaxValue)]
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Folder for downloads while they are checked; deleted after. The default value is the system temp folder.</summary>
    public string? TempFolder { get; set; }

    private static Dictionary<string, Uri> WithRegistered(Dictionary<string, Uri> builtIn)
    {
        foreach (var family in ListSources.Registered)
        {
            builtIn[family.Source] = family.DownloadUrl;
        }

        return builtIn;
    }
}
