using System.Globalization;

namespace Snapback.Api.Load;

/// <summary>How much load to send: a fixed number of requests from a fixed number of concurrent clients, with a time cap.</summary>
internal sealed record LoadSettings(int Requests, int Clients, TimeSpan MaxDuration)
{
    public static LoadSettings Parse(string[] args)
    {
        var settings = new LoadSettings(20_000, 16, TimeSpan.FromMinutes(5));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--requests" => settings with { Requests = value },
                "--clients" => settings with { Clients = value },
                "--max-seconds" => settings with { MaxDuration = TimeSpan.FromSeconds(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Requests, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Clients, 1);
        return settings;
    }
}
