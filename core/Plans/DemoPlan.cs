namespace ItaBot.Core.Plans;

/// <summary>
/// The demo plan: the ten FY2568 measures of เทศบาลตำบลไผ่ดำพัฒนา, transcribed from its progress report
/// (shared/seeds/003_…), with a mid-year snapshot of progress so that a new install has something to show.
/// </summary>
public static class DemoPlan
{
    private const string ResourceName = "ItaBot.Core.Plans.demo-plan.json";

    public static PlanDocument Read()
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo plan resource {ResourceName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PlanDocumentReader.Read(buffer.ToArray());
    }
}
