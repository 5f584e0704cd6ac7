using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Snapback.Api.Auth;
using Snapback.Api.Problems;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Api.Apis;

/// <summary>The customer portfolio: read (viewer), write, bulk import and screen (analyst). Every write is audited.</summary>
internal static class CustomersApi
{
    /// <summary>The largest customer file one import accepts: 512 MiB.</summary>
    public const long MaxImportBytes = 512L << 20;

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(ApiPolicies.Viewer);
        read.MapGet("/", ListCustomers).WithName("ListCustomers").WithSummary("Customers by id, after an id, at most limit (default 100).");
        read.MapGet("/{id}", GetCustomer).WithName("GetCustomer").WithSummary("A customer, every version of it, and its alerts.");
        var write = app.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(ApiPolicies.Analyst);
        write.MapPut("/{id}", PutCustomer).WithName("PutCustomer").WithSummary("Inserts or updates a customer; the previous version is kept.");
        write.MapDelete("/{id}", DeleteCustomer).WithName("DeleteCustomer").WithSummary("Deletes a customer; its versions are kept.");
        write.MapPost("/import", ImportCustomers).WithName("ImportCustomers")
            .WithSummary("Imports a CSV (text/csv) or JSON Lines (application/x-ndjson) file in one transaction; bad rows are reported.")
            .Accepts<string>("text/csv", "application/x-ndjson")
            .WithMetadata(new BodyLimit(MaxImportBytes));
        write.MapPost("/screen", ScreenCustomers).WithName("ScreenCustomers").WithSummary("Screens every customer; hits become alerts.");
        write.MapPost("/{id}/screen", ScreenCustomer).WithName("ScreenCustomer").WithSummary("Screens one customer; hits become alerts.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<StoredCustomer>>> ListCustomers(
        string? after, int? limit, ICaseStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        return TypedResults.Ok(await session.ListCustomersAsync(after, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken));
    }

    public static async Task<Results<Ok<CustomerDetail>, NotFound>> GetCustomer(string id, ICaseStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        var customer = await session.GetCustomerAsync(id, cancellationToken);
        if (customer is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new CustomerDetail(customer, await session.CustomerHistoryAsync(id, cancellationToken),
            await session.ListAlertsAsync(new AlertFilter(CustomerId: id, Limit: 1000), cancellationToken)));
    }

    public static async Task<Results<Ok<CustomerImportResult>, ValidationProblem, ProblemHttpResult>> PutCustomer(
        string id, [FromBody] JsonElement body, CustomerImporter importer, HttpContext context, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new FieldException("body", "expected a JSON object: name, kind, birth_date, country, identifiers, attributes").ToProblem();
        }

        // The path names the customer; the body's own id, if any, is replaced by it.
        var fields = body.EnumerateObject().Where(static p => p.Name is not ("id" or "action")).ToDictionary(static p => p.Name, static p => p.Value);
        fields["id"] = JsonSerializer.SerializeToElement(id);
        return await ImportLineAsync(JsonSerializer.Serialize(fields), importer, context, cancellationToken);
    }

    public static async Task<Results<Ok<CustomerImportResult>, ValidationProblem, ProblemHttpResult>> DeleteCustomer(
        string id, CustomerImporter importer, HttpContext context, CancellationToken cancellationToken) =>
        await ImportLineAsync(JsonSerializer.Serialize(new { id, action = "delete" }), importer, context, cancellationToken);

    public static async Task<Results<Ok<CustomerImportResult>, ValidationProblem, ProblemHttpResult>> ImportCustomers(
        HttpRequest request, CustomerImporter importer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = ImportContentTypes.Format(request.ContentType);
        if (format is null)
        {
            return new FieldException("content-type", "send text/csv or application/x-ndjson").ToProblem();
        }

        try
        {
            return TypedResults.Ok(await importer.ImportAsync(request.Body, format.Value, "api", ApiKeyPrincipal.Actor(request.HttpContext.User), cancellationToken));
        }
        catch (CaseRuleException refused)
        {
            return CaseProblems.From(refused);
        }
    }

    public static async Task<Results<Ok<CustomerScreenResult>, ValidationProblem, ProblemHttpResult>> ScreenCustomers(
        double? threshold, AlertScreener screener, HttpContext context, CancellationToken cancellationToken) =>
        await ScreenAsync(null, threshold, screener, context, cancellationToken);

    public static async Task<Results<Ok<CustomerScreenResult>, ValidationProblem, ProblemHttpResult>> ScreenCustomer(
        string id, double? threshold, AlertScreener screener, HttpContext context, CancellationToken cancellationToken) =>
        await ScreenAsync(id, threshold, screener, context, cancellationToken);

    private static async Task<Results<Ok<CustomerScreenResult>, ValidationProblem, ProblemHttpResult>> ScreenAsync(
        string? id, double? threshold, AlertScreener screener, HttpContext context, CancellationToken cancellationToken)
    {
        if (Screening.Screen.ScreeningService.ThresholdError(threshold) is { } error)
        {
            return new FieldException("threshold", error).ToProblem();
        }

        var actor = ApiKeyPrincipal.Actor(context.User);
        try
        {
            return TypedResults.Ok(id is null
                ? await screener.ScreenAllAsync(actor, threshold, cancellationToken)
                : await screener.ScreenCustomerAsync(id, actor, threshold, cancellationToken));
        }
        catch (CaseRuleException refused)
        {
            return CaseProblems.From(refused);
        }
        catch (InvalidOperationException notReady)
        {
            return TypedResults.Problem(notReady.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Lists not loaded yet");
        }
    }

    private static async Task<Results<Ok<CustomerImportResult>, ValidationProblem, ProblemHttpResult>> ImportLineAsync(
        string line, CustomerImporter importer, HttpContext context, CancellationToken cancellationToken)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(line));
        try
        {
            var result = await importer.ImportAsync(input, PartyFileFormat.JsonLines, "api", ApiKeyPrincipal.Actor(context.User), cancellationToken);
            return result.Errors.FirstOrDefault() is { } rejected
                ? new FieldException(rejected.Error.Split(':')[0], rejected.Error).ToProblem()
                : TypedResults.Ok(result);
        }
        catch (CaseRuleException refused)
        {
            return CaseProblems.From(refused);
        }
    }
}
