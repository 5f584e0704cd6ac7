using Microsoft.AspNetCore.Http.HttpResults;
using Snapback.Screening.Cases;

namespace Snapback.Api.Problems;

/// <summary>The problem answer for a case action a rule refused: 403 naming the role or four-eyes rule, 404, or 409 for the state.</summary>
internal static class CaseProblems
{
    public static ProblemHttpResult From(CaseRuleException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var (status, title) = refused.Rule switch
        {
            CaseRule.FourEyes => (StatusCodes.Status403Forbidden, "Four-eyes rule: the proposer cannot approve or reject their own proposal"),
            CaseRule.RoleRequired => (StatusCodes.Status403Forbidden, "Role required"),
            CaseRule.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            _ => (StatusCodes.Status409Conflict, "Not allowed in the alert's state"),
        };
        return TypedResults.Problem(refused.Message, statusCode: status, title: title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["rule"] = refused.Rule.ToString() });
    }
}
