namespace Snapback.Screening.Cases;

/// <summary>A case action refused by a rule every entry point shares; nothing was written.</summary>
public sealed class CaseRuleException(CaseRule rule, string message) : Exception(message)
{
    public CaseRule Rule { get; } = rule;
}
