namespace Snapback.Lists.Model;

/// <summary>One name of a listed party, as the list spells it.</summary>
/// <param name="Full">The whole name as written (for OFAC "SURNAME, Given" is kept as published).</param>
/// <param name="Type">Primary, alias strength or original script.</param>
/// <param name="Language">ISO 639 code or list-given language, where the list says.</param>
/// <param name="Given">Given name part, where the list gives parts.</param>
/// <param name="Family">Family name part, where the list gives parts.</param>
public sealed record EntityName(string Full, NameType Type, string? Language = null, string? Given = null, string? Family = null);
