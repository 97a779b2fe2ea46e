"""The one exception base of tei-tools.

Every error a user can cause (a missing file, undecodable input, a file that is
not XML) is raised as a :class:`TeiToolsError`; the command line turns it into
one message line and an exit code, never a traceback.
"""


class TeiToolsError(Exception):
    """An error with a message meant for the user of tei-tools."""

    #: exit status the command line uses for this error (2: usage or I/O)
    exit_code = 2
