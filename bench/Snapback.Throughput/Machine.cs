using System.Diagnostics;
using System.Globalization;

namespace Snapback.Throughput;

/// <summary>Facts about the machine and the process that go next to the figures.</summary>
internal static class Machine
{
#if DEBUG
    public const string Configuration = "Debug (figures are not representative)";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a" where there is none.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ', 4);
            return $"{parts[0]} / {parts[1]} / {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    /// <summary>True when the 1-minute load average is above 3, too busy for absolute figures to mean much.</summary>
    public static bool IsLoaded() =>
        double.TryParse(LoadAverage().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) && load > 3;

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
