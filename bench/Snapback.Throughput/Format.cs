using System.Globalization;

namespace Snapback.Throughput;

/// <summary>How figures are written in the report, culture-invariant.</summary>
internal static class Format
{
    public static string Milliseconds(double ms) => ms.ToString(ms < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Microseconds(double ms) => (ms * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs";

    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Ratio(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "×";

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
