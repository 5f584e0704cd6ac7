using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Problems;
using Snapback.Screening.Screen;

namespace Snapback.Api.Pages;

/// <summary>
/// Search: screens one name (with optional kind, birth date, country) through the same use case as <c>POST /api/screen</c>. The form
/// is a POST with an antiforgery token, so the names screened never appear in URLs, browser history or request logs.
/// </summary>
internal sealed class IndexModel(ScreeningService screening) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty(Name = "birth_date")]
    public string? BirthDate { get; set; }

    [BindProperty]
    public string? Country { get; set; }

    public PartyResult? Result { get; private set; }

    public bool Ready => screening.IsReady;

    public LoadedLists? Lists => screening.Current;

    public void OnGet()
    {
    }

    public void OnPost()
    {
        if (string.IsNullOrWhiteSpace(Name) && string.IsNullOrEmpty(Kind) && string.IsNullOrEmpty(BirthDate) && string.IsNullOrEmpty(Country))
        {
            return;
        }

        var party = new PartyRequest(null, Name, Kind, BirthDate, Country);
        if (PartyParser.TryParse(party, out var error) is null)
        {
            var problem = ScreenErrors.ToField(error!);
            ModelState.AddModelError(problem.Field switch
            {
                "kind" => nameof(Kind),
                "birth_date" => "birth_date",
                "country" => nameof(Country),
                _ => nameof(Name),
            }, problem.Message);
            return;
        }

        if (screening.IsReady)
        {
            Result = screening.Screen(party);
        }
    }
}
