namespace Snapback.Screening.Screen;

/// <summary>An identifier given with a party to screen, e.g. <c>passport</c> / <c>A1234567</c> or <c>imo</c> / <c>9187629</c>.</summary>
public sealed record PartyIdentifier(string? Type, string Value);
