using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Lists;
using Snapback.Api.Problems;

namespace Snapback.Api.Pages;

/// <summary>Changes: a list's snapshots and the diff between two of them, through the same use case as <c>/api/lists</c>.</summary>
internal sealed class ChangesModel(ListCatalog catalog) : PageModel
{
    /// <summary>Most entities shown per section; the API gives them all.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    public ListSummary? Current { get; private set; }

    public ListDiffReport? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? source, CancellationToken cancellationToken)
    {
        // A source checked but never imported has nothing to compare.
        Lists = [.. (await catalog.ListAsync(cancellationToken)).Where(static l => l.Snapshots.Count > 0)];
        Current = source is null
            ? Lists.FirstOrDefault(static l => l.Source == "un" && l.Snapshots.Count > 1) ?? Lists.FirstOrDefault(static l => l.Snapshots.Count > 1)
                ?? Lists.FirstOrDefault()
            : Lists.FirstOrDefault(l => string.Equals(l.Source, source, StringComparison.Ordinal));
        if (source is not null && Current is null)
        {
            return NotFound();
        }

        if (Current is not null)
        {
            try
            {
                Diff = await catalog.DiffAsync(Current.Source, From, To, cancellationToken);
            }
            catch (FieldException problem)
            {
                ModelState.AddModelError(problem.Field, problem.Message);
            }
        }

        return Page();
    }
}
