namespace Snapback.Api.Tests.Support;

/// <summary>The service over the UN list of 2025-04-19 alone, so a test can bring in the 2025-11-29 re-listings and monitor them.</summary>
public sealed class MonitorApiFactory() : SnapbackApiFactory([TestDatabase.UnBefore], new Dictionary<string, string>());
