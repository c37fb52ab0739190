# Depth and size (neurons) of the Standard-Model and gated circuits against n (m = n).
# Data: depth-data.tsv, made by
#   for k in 1 2 4 8 16 32 64; do quarks depth --m $k --n $k --tsv; done  (one header kept)
# Run from docs/: gnuplot plot_depth.gp  -> depth-plot.svg
set terminal svg size 960,420 dynamic enhanced font "sans,11"
set output "depth-plot.svg"
set datafile separator "\t"
sel(c, f, col) = (strcol(3) eq c && strcol(4) eq f) ? column(col) : 1/0
set multiplot layout 1,2
set title "depth (m = n)"
set xlabel "n"
set ylabel "depth (units on the longest path)"
set logscale x 2
set yrange [0:8]
set key top left
plot "depth-data.tsv" using 2:(sel("attention","SM",5)) with linespoints lw 2 dt 1 lc 1 title "attention SM", \
     "" using 2:(sel("attention","gated",5)) with linespoints lw 2 dt 2 lc 1 title "attention gated", \
     "" using 2:(sel("dot","SM",5)) with linespoints lw 2 dt 1 lc 2 title "dot SM", \
     "" using 2:(sel("dot","gated",5)) with linespoints lw 2 dt 2 lc 2 title "dot gated", \
     "" using 2:(sel("softmax","SM",5)) with linespoints lw 2 dt 1 lc 3 title "softmax SM", \
     "" using 2:(sel("softmax","gated",5)) with linespoints lw 2 dt 2 lc 3 title "softmax gated"
set title "size (m = n)"
set ylabel "neurons"
set logscale y 10
set yrange [*:*]
plot "depth-data.tsv" using 2:(sel("attention","SM",6)) with linespoints lw 2 dt 1 lc 1 title "attention SM", \
     "" using 2:(sel("attention","gated",6)) with linespoints lw 2 dt 2 lc 1 title "attention gated", \
     "" using 2:(sel("dot","SM",6)) with linespoints lw 2 dt 1 lc 2 title "dot SM", \
     "" using 2:(sel("dot","gated",6)) with linespoints lw 2 dt 2 lc 2 title "dot gated", \
     "" using 2:(sel("softmax","SM",6)) with linespoints lw 2 dt 1 lc 3 title "softmax SM", \
     "" using 2:(sel("softmax","gated",6)) with linespoints lw 2 dt 2 lc 3 title "softmax gated"
unset multiplot
