<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_activations.py" line="172" />
        <source>Derivative: %1</source>
        <translation>微分：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_activations.py" line="178" />
        <source>Show the others faintly</source>
        <translation>ほかの関数も薄く表示</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_activations.py" line="179" />
        <source>max 0.25</source>
        <translation>最大 0.25</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_activations.py" line="180" />
        <source>Move the mouse over a plot to read h(u) and h′(u)</source>
        <translation>グラフの上にマウスを置くと h(u) と h′(u) を読めます</translation>
    </message>
</context>
<context>
    <name>DescentPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="170" />
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="171" />
        <source>Run again</source>
        <translation>もう一度実行</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="171" />
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="176" />
        <source>Step %1 of %2 · last error E = ½(y − d)² = %3 · the net at x = (0.5, 0.5): y = %4 (f(x) = 2.5)</source>
        <translation>ステップ %1 / %2 · 直近の誤差 E = ½(y − d)² = %3 · x = (0.5, 0.5) でのネットワークの出力 y = %4（f(x) = 2.5）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="182" />
        <source>It happened at step %1 with learning rate %2: lower the rate and run again.</source>
        <translation>学習率 %2 でステップ %1 に発散しました。学習率を下げてもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="187" />
        <source>Done: the average error fell from %1 (first 50 steps) to %2 (last 100). Now raise the learning rate until the run diverges.</source>
        <translation>完了：平均誤差が %1（最初の 50 ステップ）から %2（最後の 100 ステップ）に下がりました。次は発散するまで学習率を上げてみましょう。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="205" />
        <source>Learning rate ε</source>
        <translation>学習率 ε</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="206" />
        <source>ε in W ← W − ε∇E; the notes use 0.07</source>
        <translation>W ← W − ε∇E の ε（ノートでは 0.07）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="208" />
        <source>Set the learning rate to %1</source>
        <translation>学習率を %1 にする</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="209" />
        <source>try:</source>
        <translation>例：</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="210" />
        <source>Hidden activation</source>
        <translation>中間層の活性化関数</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="211" />
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="212" />
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="213" />
        <source>step (one random sample each)</source>
        <translation>ステップ（毎回ランダムな 1 サンプル）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_descent.py" line="214" />
        <source>error E</source>
        <translation>誤差 E</translation>
    </message>
</context>
<context>
    <name>DesignStepPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_stepping.py" line="153" />
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_stepping.py" line="154" />
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_stepping.py" line="163" />
        <source>There is no design yet. Build a network in the Designer tab, then come back here to step through it.</source>
        <translation>まだネットワークがありません。Designer タブでネットワークを組み立ててから、ここで 1 ステップずつ実行してください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_stepping.py" line="168" />
        <source>This design cannot be stepped through yet. Fix these problems in the Designer:</source>
        <translation>このネットワークはまだステップ実行できません。Designer で次の問題を直してください：</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_stepping.py" line="173" />
        <source>%1 — sample: %2</source>
        <translation>%1 — サンプル：%2</translation>
    </message>
</context>
<context>
    <name>GatesPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="296" />
        <source>This perceptron is %1: every row matches.</source>
        <translation>このパーセプトロンは %1 です。すべての行が一致しています。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="300" />
        <source>No weights can fix this: XOR's ones and zeros sit on opposite corners, and no single straight line separates them. Two layers can — see the right.</source>
        <translation>どんな重みでも直せません。XOR の 1 と 0 は向かい合う角にあり、1 本の直線では分けられないからです。2 層ならできます（右側を見てください）。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="305" />
        <source>Adjust w₁, w₂ or b: the line must separate the ones from the zeros.</source>
        <translation>w₁・w₂・b を調整してください。直線が 1 と 0 を分けなければなりません。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="327" />
        <source>Two layers compute XOR: s₁ = NAND(x) and s₂ = OR(x) make a new space in which one more perceptron, AND, separates the rows.</source>
        <translation>2 層で XOR を計算できます。s₁ = NAND(x) と s₂ = OR(x) が新しい空間を作り、その中ではもう 1 つのパーセプトロン（AND）で行を分けられます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="332" />
        <source>The three perceptrons no longer make NAND, OR and AND.</source>
        <translation>3 つのパーセプトロンが NAND・OR・AND になっていません。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="339" />
        <source>Wrong on 1 row.</source>
        <translation>1 行が違います。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="340" />
        <source>Wrong on %1 rows.</source>
        <translation>%1 行が違います。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="347" />
        <source>One perceptron: y = step(w₁x₁ + w₂x₂ + b)</source>
        <translation>1 層のパーセプトロン：y = step(w₁x₁ + w₂x₂ + b)</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="348" />
        <source>Two layers: XOR = AND(NAND(x), OR(x))</source>
        <translation>2 層：XOR = AND(NAND(x), OR(x))</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="349" />
        <source>Target gate</source>
        <translation>目標のゲート</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="350" />
        <source>Book's weights</source>
        <translation>本の重み</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="351" />
        <source>Load the book's weights for this gate (for XOR: OR's, which get three rows of four)</source>
        <translation>このゲートの本の重みを読み込みます（XOR では OR の重み。4 行中 3 行が合います）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="354" />
        <source>w·x + b</source>
        <translation>w·x + b</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="354" />
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="357" />
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="358" />
        <source>Layer 1: s₁ = NAND</source>
        <translation>第 1 層：s₁ = NAND</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="359" />
        <source>Layer 1: s₂ = OR</source>
        <translation>第 1 層：s₂ = OR</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="360" />
        <source>Layer 2: y = AND(s₁, s₂)</source>
        <translation>第 2 層：y = AND(s₁, s₂)</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_gates.py" line="361" />
        <source>Filled dots should output 1, open dots 0. The blue line is w₁x₁ + w₂x₂ + b = 0; the shaded side outputs 1.</source>
        <translation>塗りつぶした点は 1、白抜きの点は 0 を出力すべき入力です。青い線が w₁x₁ + w₂x₂ + b = 0 で、色の付いた側が 1 を出力します。</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="312" />
        <source>Apple price</source>
        <translation>りんごの値段</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="312" />
        <source>Apples</source>
        <translation>りんごの個数</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="313" />
        <source>Orange price</source>
        <translation>みかんの値段</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="313" />
        <source>Oranges</source>
        <translation>みかんの個数</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="314" />
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="356" />
        <source>Forward: %1 of %2 values</source>
        <translation>順伝播：%2 個中 %1 個の値</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="358" />
        <source>Step forward ▶</source>
        <translation>順伝播 ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="361" />
        <source>Backward: %1 of %2 derivatives</source>
        <translation>逆伝播：%2 個中 %1 個の微分</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="363" />
        <source>◀ Step backward</source>
        <translation>◀ 逆伝播</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="365" />
        <source>Every value is shown: forward above, backward below.</source>
        <translation>すべての値を表示しました：上が順伝播、下が逆伝播です。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="366" />
        <source>Done ✓</source>
        <translation>完了 ✓</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="389" />
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="390" />
        <source>Apples (book 5.4)</source>
        <translation>りんご（本の 5.4 節）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="390" />
        <source>Apples and oranges</source>
        <translation>りんごとみかん</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="391" />
        <source>Chain rule: z = t², t = x + y</source>
        <translation>連鎖律：z = t²、t = x + y</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="394" />
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="395" />
        <source>Hide values</source>
        <translation>値を隠す</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="396" />
        <source>Reveal the next value: forward left to right, then backward right to left</source>
        <translation>次の値を表示します：順伝播は左から右へ、続いて逆伝播は右から左へ</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="218" />
        <source>forward value (above each edge) →</source>
        <translation>順伝播の値（各辺の上）→</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_graph.py" line="219" />
        <source>← backward: ∂result/∂value (below each edge)</source>
        <translation>← 逆伝播：∂結果/∂値（各辺の下）</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="227" />
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="227" />
        <source>Opened</source>
        <translation>開いた</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="228" />
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="235" />
        <source>★ Your design</source>
        <translation>★ 自分のネットワーク</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="236" />
        <source>Step through the network you built in the Designer</source>
        <translation>Designer で作ったネットワークを 1 ステップずつ実行します</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="288" />
        <source>This lesson could not be opened: %1</source>
        <translation>このレッスンを開けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="300" />
        <source>Your design</source>
        <translation>自分のネットワーク</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="301" />
        <source>Step through the network from the Designer, one layer at a time, forward and backward.</source>
        <translation>Designer のネットワークを 1 層ずつ、順伝播と逆伝播でたどります。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="303" />
        <source>A network with 784 inputs gets a bundled MNIST test image and its label; any other gets seeded random values that fit its input and its output layer. The weights are the ones a new network starts with (seed 0).</source>
        <translation>入力が 784 のネットワークには同梱の MNIST テスト画像とその正解ラベルを、それ以外には入力と出力層に合うシード付きの乱数を与えます。重みは新しいネットワークの初期値（シード 0）です。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="316" />
        <source>Step until the forward pass is done.</source>
        <translation>順伝播が終わるまで進めましょう。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="318" />
        <source>Step through the forward and the backward pass.</source>
        <translation>順伝播と逆伝播を最後まで進めましょう。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="320" />
        <source>Goal: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="326" />
        <source>Show explanation ▾</source>
        <translation>説明を表示 ▾</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="326" />
        <source>Hide explanation ▴</source>
        <translation>説明を隠す ▴</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lessons_tab.py" line="362" />
        <source>Show or hide the lesson's explanation</source>
        <translation>レッスンの説明を表示・非表示にします</translation>
    </message>
</context>
<context>
    <name>MnistBatchPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_batch.py" line="110" />
        <source>the bundled trained model</source>
        <translation>同梱の学習済みモデル</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_batch.py" line="111" />
        <source>random weights (no trained model is bundled yet, so the predictions are guesses)</source>
        <translation>ランダムな重み（学習済みモデルが同梱されていないので、予測はでたらめです）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_batch.py" line="114" />
        <source>The first %1 of the %2 images. Step forward to the output layer to see what the network (%3) predicts.</source>
        <translation>%2 枚のうち最初の %1 枚です。出力層まで順伝播を進めると、ネットワーク（%3）の予測が見られます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_batch.py" line="118" />
        <source>Predicted digits for the first %1 images — %4 of all %2 correct with %3. Red: predicted ≠ label.</source>
        <translation>最初の %1 枚の予測した数字 — %3 で %2 枚中 %4 枚が正解。赤：予測 ≠ 正解ラベル。</translation>
    </message>
</context>
<context>
    <name>NumericalPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="133" />
        <source>Press Compare: backprop runs once, then the numerical gradient nudges every parameter in turn.</source>
        <translation>「比較」を押すと、誤差逆伝播法を 1 回実行してから、数値微分で全パラメータを 1 つずつ少し動かします。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="138" />
        <source>%1 parameters. Backprop, all gradients at once: %2 ms. Numerical: %3 of %1 derivatives in %4 s so far.</source>
        <translation>パラメータ %1 個。誤差逆伝播法（全勾配を一度に）：%2 ms。数値微分：これまでに %1 個中 %3 個を %4 秒。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="146" />
        <source>Stopped. Press Compare to start again.</source>
        <translation>停止しました。「比較」でやり直せます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="153" />
        <source>%1 parameters. Backprop: %2 ms. Numerical: %3 s — about %4 times slower (2 × %1 forward passes instead of one forward and one backward).</source>
        <translation>パラメータ %1 個。誤差逆伝播法：%2 ms。数値微分：%3 秒 — 約 %4 倍遅い（順伝播と逆伝播 1 回ずつではなく、順伝播を 2 × %1 回）。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="169" />
        <source>The largest relative error is %1: the two methods give the same gradients. Backprop is what training uses; the numerical gradient checks it (gradient check).</source>
        <translation>相対誤差の最大値は %1 で、2 つの方法は同じ勾配を与えます。学習には誤差逆伝播法を使い、数値微分はその確認（勾配確認）に使います。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="178" />
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="181" />
        <source>(book's TwoLayerNet)</source>
        <translation>（本の TwoLayerNet）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="182" />
        <source>parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="184" />
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="185" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="186" />
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="186" />
        <source>Shape</source>
        <translation>形</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="186" />
        <source>Count</source>
        <translation>個数</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="187" />
        <source>Relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_numerical.py" line="187" />
        <source>Largest |difference|</source>
        <translation>差の絶対値の最大</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="155" />
        <source>Type between 2 and %1 numbers separated by commas, e.g. 1010, 1000, 990.</source>
        <translation>2〜%1 個の数をカンマ区切りで入力してください（例：1010, 1000, 990）。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="163" />
        <source>naive: exp(a)</source>
        <translation>そのまま：exp(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="164" />
        <source>naive: y = exp(a) / Σ exp(a)</source>
        <translation>そのまま：y = exp(a) / Σ exp(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="165" />
        <source>a − C  (C = max a = %1)</source>
        <translation>a − C（C = max a = %1）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="168" />
        <source>softmax y (shifted)</source>
        <translation>ソフトマックス y（最大値を引く）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="169" />
        <source>identity y = a (regression)</source>
        <translation>恒等関数 y = a（回帰）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="173" />
        <source>Naive softmax fails: exp() of a large score overflows to ∞, and ∞/∞ is NaN. Subtracting C = max(a) first gives the same probabilities (they sum to %1) with no overflow.</source>
        <translation>そのまま計算したソフトマックスは失敗します：大きなスコアの exp() は ∞ にオーバーフローし、∞/∞ は NaN になります。先に C = max(a) を引くと、オーバーフローせずに同じ確率（和は %1）が得られます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="178" />
        <source>These scores are small enough for the naive formula: both ways agree. Try 1010, 1000, 990 to see the overflow.</source>
        <translation>このスコアならそのままの式でも計算でき、2 つの方法は一致します。1010, 1000, 990 でオーバーフローを確かめてください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="198" />
        <source>Type 10 outputs y₀ … y₉ (probabilities, not negative) separated by commas.</source>
        <translation>10 個の出力 y₀ … y₉（負でない確率）をカンマ区切りで入力してください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="206" />
        <source>t (one-hot)</source>
        <translation>t（one-hot）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="207" />
        <source>−t log(y + 10⁻⁷)</source>
        <translation>−t log(y + 10⁻⁷)</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="209" />
        <source>½(y − t)²</source>
        <translation>½(y − t)²</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="214" />
        <source>Cross-entropy error E = −log(y%1 + 10⁻⁷) = %2 &amp;nbsp;&amp;nbsp; Sum-of-squares error E = ½Σ(y − t)² = %3</source>
        <translation>交差エントロピー誤差 E = −log(y%1 + 10⁻⁷) = %2 &amp;nbsp;&amp;nbsp; 二乗和誤差 E = ½Σ(y − t)² = %3</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="222" />
        <source>Softmax: yₖ = exp(aₖ − C) / Σᵢ exp(aᵢ − C)</source>
        <translation>ソフトマックス関数：yₖ = exp(aₖ − C) / Σᵢ exp(aᵢ − C)</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="223" />
        <source>Loss functions: the output y against the correct label t</source>
        <translation>損失関数：出力 y と正解ラベル t の比較</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="224" />
        <source>Scores a</source>
        <translation>スコア a</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="225" />
        <location filename="../../../ui/stepper/lesson_output.py" line="228" />
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="226" />
        <source>Output y</source>
        <translation>出力 y</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_output.py" line="227" />
        <source>Correct label</source>
        <translation>正解ラベル</translation>
    </message>
</context>
<context>
    <name>TrainHandoffPage</name>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="73" />
        <source>Sent. In the Train tab choose SGD, learning rate 0.1 and batch size 100, then start.</source>
        <translation>送りました。Train タブで SGD・学習率 0.1・バッチサイズ 100 を選んで学習を始めてください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="79" />
        <source>The book's settings</source>
        <translation>本の設定</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="81" />
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="81" />
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="82" />
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="83" />
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="83" />
        <source>SGD (stochastic gradient descent)</source>
        <translation>SGD（確率的勾配降下法）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="84" />
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="85" />
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="86" />
        <source>Iterations</source>
        <translation>繰り返し回数</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="86" />
        <source>%1 (about 17 epochs)</source>
        <translation>%1 回（約 17 エポック）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="92" />
        <source>Train this network in the Train tab ▶</source>
        <translation>このネットワークを Train タブで学習 ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/lesson_train_handoff.py" line="96" />
        <source>The button hands this network to the Train tab as the design to train, and opens the tab.</source>
        <translation>ボタンを押すと、このネットワークを学習するネットワークとして Train タブに渡し、タブを開きます。</translation>
    </message>
</context>
</TS>