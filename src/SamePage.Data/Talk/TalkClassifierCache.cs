using SamePage.Core.Talk;

namespace SamePage.Data.Talk;

/// <summary>
/// The classifier of this process: the newest retrained model in the database (loaded once per version id),
/// else the model shipped with SamePage. Nodes share the database, so they all use the same model as soon as
/// a retraining is saved.
/// </summary>
internal static class TalkClassifierCache
{
    private static readonly Lock Gate = new();
    private static (int Id, TalkClassifier Classifier)? _loaded;

    public static TalkClassifier For(int versionId, Func<byte[]> bytes)
    {
        if (versionId == 0)
        {
            return TalkClassifier.Shipped;
        }

        lock (Gate)
        {
            if (_loaded is { } loaded && loaded.Id == versionId)
            {
                return loaded.Classifier;
            }
        }

        using var stream = new MemoryStream(bytes());
        var classifier = TalkClassifier.Load(stream);
        lock (Gate)
        {
            _loaded = (versionId, classifier);
        }

        return classifier;
    }
}
