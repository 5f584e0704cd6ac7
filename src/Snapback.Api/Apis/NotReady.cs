using Microsoft.AspNetCore.Http.HttpResults;

namespace Snapback.Api.Apis;

/// <summary>The 503 problem while no lists are loaded.</summary>
internal static class NotReady
{
    public static ProblemHttpResult Problem() => TypedResults.Problem(
        "No lists are loaded yet: import lists (snapback lists import) or wait for loading to finish; see /ready.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Lists not loaded");
}
