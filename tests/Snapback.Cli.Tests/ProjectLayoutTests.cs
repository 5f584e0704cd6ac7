using System.Xml.Linq;
using Snapback.Tests;

namespace Snapback.Cli.Tests;

/// <summary>The project references go the one way STYLE.md §1 lays down, read from the csproj files themselves.</summary>
public sealed class ProjectLayoutTests
{
    // STYLE.md: Matching -> Lists; Screening -> Matching, Lists; Store -> Screening; Api and Cli -> Screening + Store, and nothing
    // else. One addition, on purpose: the command line hosts the HTTP service (`snapback serve`), so Cli also references Api.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Snapback.Lists"] = [],
        ["Snapback.Matching"] = ["Snapback.Lists"],
        ["Snapback.Screening"] = ["Snapback.Lists", "Snapback.Matching"],
        ["Snapback.Store"] = ["Snapback.Screening"],

        // Measures matching from outside, through the screening use case; shipped by the command line's eval command.
        ["Snapback.Evaluation"] = ["Snapback.Lists", "Snapback.Screening"],
        ["Snapback.Api"] = ["Snapback.Screening", "Snapback.Store"],
        ["Snapback.Cli"] = ["Snapback.Api", "Snapback.Evaluation", "Snapback.Screening", "Snapback.Store"],
    };

    [Fact]
    public void ProjectReferences_GoOneWay_AndEachTestProjectReferencesItsSourceProject()
    {
        var src = Projects("src");
        var problems = new List<string>();
        problems.AddRange(src.Keys.Except(Allowed.Keys).Select(static p => $"src/{p} is not in the layout"));
        problems.AddRange(Allowed.Keys.Except(src.Keys).Select(static p => $"src/{p} is missing"));
        foreach (var (project, references) in src.Where(p => Allowed.ContainsKey(p.Key)))
        {
            problems.AddRange(references.Except(Allowed[project]).Select(r => $"src/{project} references {r}"));
            problems.AddRange(Allowed[project].Except(references).Select(r => $"src/{project} does not reference {r}"));
        }

        foreach (var (project, references) in Projects("tests"))
        {
            var subject = project.EndsWith(".BrowserTests", StringComparison.Ordinal) ? project[..^".BrowserTests".Length] : project[..^".Tests".Length];
            if (!references.Contains(subject))
            {
                problems.Add($"tests/{project} does not reference its source project {subject}");
            }

            problems.AddRange(references.Where(r => !src.ContainsKey(r)).Select(r => $"tests/{project} references {r}, not a source project"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // Each project under the folder, by name, with the names of the projects it references.
    private static Dictionary<string, string[]> Projects(string folder) =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, folder))
            .SelectMany(static dir => Directory.GetFiles(dir, "*.csproj"))
            .ToDictionary(
                static file => Path.GetFileNameWithoutExtension(file),
                static file => XDocument.Load(file).Descendants("ProjectReference")
                    .Select(static r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/')))
                    .Order(StringComparer.Ordinal)
                    .ToArray(),
                StringComparer.Ordinal);
}
