//! Files Key Doctor writes (always atomically, so a crash never leaves half a file behind) and
//! files it reads that a person picked (regular files only, never more than a limit).

use std::io::Write;
use std::path::Path;

use crate::tr;

/// Writes `contents` to a temporary file beside `path`, syncs it, then renames it over `path`.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// What a picked path is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    /// A device, pipe or socket.
    Special,
}

/// "a folder", in the current language (words are made when shown).
impl std::fmt::Display for NotAFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            NotAFile::Folder => tr!("error-not-a-file-folder"),
            NotAFile::Special => tr!("error-not-a-file-special"),
        })
    }
}

/// A file that could not be read or written: the kind of failure, said in plain words by
/// `Display`, and the system's own text ("Permission denied (os error 13)") kept for Technical
/// details. Clone and comparable, unlike `std::io::Error`, so errors holding it can be too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoProblem {
    kind: std::io::ErrorKind,
    technical: String,
}

impl IoProblem {
    pub fn of(error: &std::io::Error) -> Self {
        IoProblem {
            kind: error.kind(),
            technical: error.to_string(),
        }
    }

    /// The system's own words, for Technical details.
    pub fn technical(&self) -> &str {
        &self.technical
    }
}

/// What went wrong, as a clause a sentence can end with: "your user account may not open it".
impl std::fmt::Display for IoProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::io::ErrorKind;
        f.write_str(&match self.kind {
            ErrorKind::NotFound => tr!("error-io-not-found"),
            ErrorKind::PermissionDenied => tr!("error-io-permission-denied"),
            ErrorKind::ReadOnlyFilesystem => tr!("error-io-read-only"),
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => tr!("error-io-disk-full"),
            ErrorKind::IsADirectory => tr!("error-io-is-a-folder"),
            ErrorKind::NotADirectory => tr!("error-io-not-a-folder"),
            _ => tr!("error-io-other"),
        })
    }
}

/// Why a picked file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// A folder, device, pipe or socket: opening a FIFO blocks forever, a device never ends.
    NotAFile {
        what: NotAFile,
    },
    /// More than the limit, whatever size the file claims.
    TooLarge,
    Io(std::io::Error),
}

/// Reads a regular file, at most `limit` bytes. The type is checked before opening, and at most
/// `limit + 1` bytes are read, so `/dev/zero` or a file that grows cannot fill memory.
pub fn read_regular_file(path: &Path, limit: usize) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let metadata = std::fs::metadata(path).map_err(ReadError::Io)?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile {
            what: if metadata.is_dir() {
                NotAFile::Folder
            } else {
                NotAFile::Special
            },
        });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(limit as u64 + 1).read_to_end(&mut bytes))
        .map_err(ReadError::Io)?;
    if bytes.len() > limit {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nested").join("settings.json");
        write_atomically(&path, b"first version, longer").expect("first write");
        write_atomically(&path, b"second").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let entries = std::fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .count();
        assert_eq!(entries, 1);
    }

    #[test]
    fn a_failed_read_is_said_plainly_and_keeps_the_system_words_apart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Err(ReadError::Io(error)) = read_regular_file(&dir.path().join("gone.env"), 1024)
        else {
            panic!("a missing file is an I/O error");
        };
        let problem = IoProblem::of(&error);
        assert_eq!(
            problem.to_string(),
            "the file is not there (it may have been moved, renamed or deleted)"
        );
        assert!(problem.technical().contains("os error 2"), "{problem:?}");
        assert!(!problem.to_string().contains("os error"));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_pipes_are_refused_without_reading() {
        assert!(matches!(
            read_regular_file(Path::new("/dev/zero"), 1024),
            Err(ReadError::NotAFile { .. })
        ));
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        assert!(matches!(
            read_regular_file(&fifo, 1024),
            Err(ReadError::NotAFile { .. })
        ));
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'a'; 2048]).expect("write");
        assert!(matches!(
            read_regular_file(&big, 1024),
            Err(ReadError::TooLarge)
        ));
        assert_eq!(read_regular_file(&big, 4096).expect("read").len(), 2048);
    }
}
