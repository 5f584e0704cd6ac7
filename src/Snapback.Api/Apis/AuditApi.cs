using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Snapback.Api.Auth;
using Snapback.Api.Problems;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Api.Apis;

/// <summary>The audit trail: verify the hash chain, export a period. Needs the viewer role.</summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(ApiPolicies.Viewer);
        api.MapPost("/verify", Verify).WithName("VerifyAudit")
            .WithSummary("Recomputes the chain from the first row; names the first row edited, removed, inserted or moved.");
        api.MapGet("/export", Export).WithName("ExportAudit")
            .WithSummary("The rows of a period (from, to: YYYY-MM-DD or ISO 8601) as JSON Lines, or CSV with format=csv.");
        return app;
    }

    public static async Task<Ok<AuditVerification>> Verify(AuditVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> Export(
        string? from, string? to, string? format, AuditExporter exporter, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        DateTimeOffset? start, end;
        try
        {
            start = AsOfDate.Parse(from, "from") is { } first ? new DateTimeOffset(first.UtcDateTime.Date, TimeSpan.Zero) : null;
            end = AsOfDate.Parse(to, "to");
        }
        catch (FieldException problem)
        {
            return problem.ToProblem();
        }

        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        context.Response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await exporter.ExportAsync(start, end, csv, writer, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return TypedResults.Empty;
    }
}
