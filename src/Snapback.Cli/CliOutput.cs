using System.Text.Json;
using Snapback.Screening.Batch;

namespace Snapback.Cli;

/// <summary>Writes command results as JSON with the same settings as every other Snapback output.</summary>
internal static class CliOutput
{
    public static void Json<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, BatchJson.Options));
}
