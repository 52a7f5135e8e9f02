//! The CPU time of a frame, shared by the frame benchmarks: the app's `ui` plus tessellation of
//! what it drew, counted on this thread only so other processes on a shared machine do not count.

use std::time::Duration;

use egui_kittest::Harness;

/// CPU time of this thread.
pub fn thread_cpu_time() -> Duration {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid, exclusively borrowed `time`.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) };
    if status != 0 {
        return Duration::ZERO;
    }
    Duration::new(time.tv_sec as u64, time.tv_nsec as u32)
}

/// Frame times in milliseconds, sorted, and the vertices of the last frame.
pub fn measure_frames<State>(harness: &mut Harness<'_, State>, frames: usize) -> (Vec<f64>, usize) {
    let pixels_per_point = harness.ctx.pixels_per_point();
    let mut cpu_ms = Vec::with_capacity(frames);
    let mut vertices = 0;
    for _ in 0..frames {
        let started = thread_cpu_time();
        harness.step();
        let ui_done = thread_cpu_time();
        let shapes = harness.output().shapes.clone();
        let tessellate_started = thread_cpu_time();
        let meshes = harness.ctx.tessellate(shapes, pixels_per_point);
        let finished = thread_cpu_time();
        vertices = meshes
            .iter()
            .map(|m| match &m.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                _ => 0,
            })
            .sum();
        let total = (ui_done - started) + (finished - tessellate_started);
        cpu_ms.push(total.as_secs_f64() * 1000.0);
    }
    cpu_ms.sort_by(f64::total_cmp);
    (cpu_ms, vertices)
}

/// The median and the 90th percentile of sorted times.
pub fn median_and_p90(sorted: &[f64]) -> (f64, f64) {
    (sorted[sorted.len() / 2], sorted[sorted.len() * 9 / 10])
}
