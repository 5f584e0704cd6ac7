namespace Snapback.Api.Tests.Support;

/// <summary>
/// The service over the UK switch alone: the bundled OFSI ConList of 2025-04-14, then the official FCDO export of 2025-08-11 (its
/// date taken from its name), the first snapshot of the list that superseded the ConList.
/// </summary>
public sealed class UkSwitchApiFactory() : SnapbackApiFactory([ConList, FcdoExport], new Dictionary<string, string>())
{
    public static string ConList { get; } = Path.Combine(Snapback.Tests.RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz");

    public static string FcdoExport { get; } =
        Snapback.Tests.RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods");
}
