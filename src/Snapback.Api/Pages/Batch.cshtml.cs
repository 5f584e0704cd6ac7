using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Batch;
using Snapback.Screening.Batch;

namespace Snapback.Api.Pages;

/// <summary>Batch: upload a customer file (CSV or JSON Lines), watch it being screened, download the results as CSV.</summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
internal sealed class BatchModel(BatchJobs jobs) : PageModel
{
    /// <summary>Largest upload: 64 MiB (about 500,000 parties). Larger files go through <c>POST /api/screen/stream</c>.</summary>
    public const int MaxUploadBytes = 64 * 1024 * 1024;

    public BatchJob? Job { get; private set; }

    private string Owner => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public IActionResult OnGet(string? id)
    {
        if (id is null)
        {
            return Page();
        }

        Job = jobs.Find(id, Owner);
        return Job is null ? NotFound() : Page();
    }

    // Without a job id there is nothing to look up: a 400 page, not a lookup of null.
    public IActionResult OnGetStatus(string? id)
    {
        if (id is null)
        {
            return BadRequest();
        }

        return jobs.Find(id, Owner) is { } job
            ? new JsonResult(
                new BatchJobStatus(
                    job.Id, job.FileName, job.Rows, job.Total, job.Failed, job.Done, job.Summary?.RowsWithHits, job.Error,
                    job.Summary?.NotScreened),
                BatchJson.Options)
            : NotFound();
    }

    public IActionResult OnGetDownload(string? id)
    {
        if (id is null)
        {
            return BadRequest();
        }

        return jobs.Find(id, Owner) is { Summary: not null } job
            ? PhysicalFile(job.ResultPath, "text/csv", Path.GetFileNameWithoutExtension(job.FileName) + "-results.csv")
            : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV or JSON Lines file to screen.");
            return Page();
        }

        if (PartyFileFormats.Resolve(file.FileName, null) is not { } format)
        {
            ModelState.AddModelError("file", "The file must end in .csv, .jsonl or .ndjson.");
            return Page();
        }

        var upload = Path.GetTempFileName();
        await using (var target = System.IO.File.Create(upload))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        var job = await jobs.StartAsync(Owner, upload, Path.GetFileName(file.FileName), format, cancellationToken);
        return RedirectToPage("/Batch", new { id = job.Id });
    }
}
