namespace Snapback.Matching.Names;

/// <summary>What is known about the bearer of a name, which decides whether legal forms and honorifics are read as such.</summary>
internal enum NameContext
{
    Unknown,
    Person,
    Organisation,
}
