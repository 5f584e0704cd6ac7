namespace Snapback.Lists.Model;

/// <summary>Vessel particulars some lists give (OFAC sdn.csv columns, UK ship entries).</summary>
public sealed record VesselDetails(string? Flag, string? VesselType, string? Tonnage, string? GrossRegisteredTonnage, string? Owner);
