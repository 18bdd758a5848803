<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArrayTableModel</name>
    <message>
        <location filename="../../../ui/stepper/array_table.py" line="132" />
        <source>Double-click to change it.</source>
        <translation>ダブルクリックで値を変更できます。</translation>
    </message>
</context>
<context>
    <name>ArrayView</name>
    <message>
        <location filename="../../../ui/stepper/array_view.py" line="98" />
        <location filename="../../../ui/stepper/array_view.py" line="168" />
        <source>Hover to read a value; click to pick an element.</source>
        <translation>ポインタを重ねると値を表示、クリックで要素を選択します。</translation>
    </message>
</context>
<context>
    <name>NumericalCheck</name>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="87" />
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="88" />
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="89" />
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="90" />
        <source>numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="91" />
        <source>relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="120" />
        <source>Backprop and the numerical gradient agree (relative error &lt; 1e-7).</source>
        <translation>誤差逆伝播法と数値微分の勾配が一致しました（相対誤差 &lt; 1e-7）。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="122" />
        <source>They disagree: the relative error is above 1e-7.</source>
        <translation>一致しません：相対誤差が 1e-7 を超えています。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="125" />
        <source>Relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖) over the whole array.</source>
        <translation>相対誤差 = ‖g − g̃‖ / (‖g‖ + ‖g̃‖)（配列全体で計算）。</translation>
    </message>
</context>
<context>
    <name>NumericalPanel</name>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="173" />
        <source>Numerical gradient check</source>
        <translation>数値微分による勾配確認</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="174" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/numerical.py" line="179" />
        <source>Checking %1 numbers by central differences…</source>
        <translation>中心差分で %1 個の値を確認しています…</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../../ui/stepper/record_panel.py" line="226" />
        <source>Reads</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/record_panel.py" line="227" />
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/record_panel.py" line="228" />
        <source>Computes</source>
        <translation>計算結果</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/record_panel.py" line="229" />
        <source>Check with numerical gradient</source>
        <translation>数値微分で確認</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/record_panel.py" line="231" />
        <source>Compare backprop with central differences (L(θ + h) − L(θ − h)) / 2h for this layer (N)</source>
        <translation>この層の勾配を中心差分 (L(θ + h) − L(θ − h)) / 2h と比べます (N)</translation>
    </message>
</context>
<context>
    <name>StepControls</name>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="136" />
        <source>◀ Step backward</source>
        <translation>◀ 逆伝播を 1 層</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="137" />
        <source>Send the gradient back through the next layer</source>
        <translation>勾配を次の層へ逆伝播します</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="138" />
        <source>Step forward ▶</source>
        <translation>順伝播を 1 層 ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="139" />
        <source>Run the next layer forward (after a finished pass: start a new one)</source>
        <translation>次の層を順伝播します（1 回分が終わっていれば新しく始めます）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="141" />
        <source>Run to end</source>
        <translation>最後まで実行</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="142" />
        <source>Finish this pass: the rest of the forward and every backward step</source>
        <translation>残りの順伝播とすべての逆伝播を実行します</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="143" />
        <location filename="../../../ui/stepper/view_render.py" line="239" />
        <source>Auto-play</source>
        <translation>自動再生</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="144" />
        <source>Step slowly by itself until the end of the pass</source>
        <translation>1 回分の終わりまで自動でゆっくり進めます</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="145" />
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="145" />
        <source>Take back the last step exactly</source>
        <translation>最後のステップを正確に取り消します</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="146" />
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="147" />
        <source>Back to the start, with the weights the session began with</source>
        <translation>最初の状態（開始時の重み）に戻します</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="148" />
        <source>Apply update</source>
        <translation>重みを更新</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="149" />
        <source>Move every weight against its gradient with this optimizer and learning rate</source>
        <translation>この最適化手法と学習率で、すべての重みを勾配と逆向きに動かします</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="155" />
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="156" />
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/controls.py" line="157" />
        <source>η in W ← W − η ∂L/∂W</source>
        <translation>W ← W − η ∂L/∂W の η</translation>
    </message>
</context>
<context>
    <name>StepFormula</name>
    <message>
        <location filename="../../../ui/stepper/formula.py" line="80" />
        <source>%n more</source>
        <translation>他 %n 項</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula.py" line="118" />
        <source>(no worked example for this element)</source>
        <translation>（この要素の計算例はありません）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="28" />
        <location filename="../../../ui/stepper/formula_backward.py" line="37" />
        <source>%1: no formula to show</source>
        <translation>%1：表示する式はありません</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="71" />
        <source>(because %1 &gt; 0)</source>
        <translation>（%1 &gt; 0 なので）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="91" />
        <source>kept</source>
        <translation>残す</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="91" />
        <source>dropped</source>
        <translation>消す</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="102" />
        <source>batch mean and variance</source>
        <translation>バッチの平均と分散</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="106" />
        <source>running mean and variance</source>
        <translation>移動平均の平均と分散</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="154" />
        <source>(computed as e&lt;sup&gt;u − C&lt;/sup&gt; with C = max u = %1, so nothing overflows)</source>
        <translation>（オーバーフローしないよう C = max u = %1 を引いて e&lt;sup&gt;u − C&lt;/sup&gt; で計算）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_forward.py" line="241" />
        <source>(m = 1: kept, m = 0: dropped)</source>
        <translation>（m = 1：残す、m = 0：消す）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="52" />
        <source>(t is one-hot: 1 for the label %1, 0 elsewhere)</source>
        <translation>（t は one-hot 表現：正解ラベル %1 だけ 1、他は 0）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="62" />
        <source>the head’s δ, passed down</source>
        <translation>出力層の δ、下の層へ渡す</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="120" />
        <source>because %1 &gt; 0</source>
        <translation>%1 &gt; 0 なので</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="122" />
        <source>α, because %1 ≤ 0</source>
        <translation>%1 ≤ 0 なので α</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="129" />
        <source>(σ′(u) = (1 − σ(u)) σ(u), at most 0.25)</source>
        <translation>（σ′(u) = (1 − σ(u)) σ(u)、最大でも 0.25）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="141" />
        <source>(the step function is flat)</source>
        <translation>（ステップ関数は平らなので）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="147" />
        <source>(the same units as in the forward pass)</source>
        <translation>（順伝播と同じユニット）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_backward.py" line="183" />
        <source>(√(σ² + ε) = %1, ε = %2)</source>
        <translation>（√(σ² + ε) = %1、ε = %2）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/formula_update.py" line="51" />
        <source>(∂L/∂%1 = %2; the size of the step comes from the optimizer’s running averages)</source>
        <translation>（∂L/∂%1 = %2。更新幅は最適化手法がこれまでの勾配から計算します）</translation>
    </message>
</context>
<context>
    <name>StepNarration</name>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="12" />
        <source>Open a network to step through it.</source>
        <translation>ネットワークを開くと、1 層ずつ計算を追えます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="13" />
        <source>Nothing has been computed yet. Press &lt;b&gt;Step forward&lt;/b&gt; (→) to send the input through the first layer and see every number it computes.</source>
        <translation>まだ何も計算していません。&lt;b&gt;順伝播を 1 層&lt;/b&gt;（→）を押すと、入力が最初の層を通り、計算されるすべての値が表示されます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="17" />
        <source>Every weight and bias moved a little against its gradient. Step forward to start a new pass with the new weights and watch the loss change.</source>
        <translation>すべての重みとバイアスが、勾配と逆向きに少しずつ動きました。順伝播を進めると新しい重みで計算が始まり、損失の変化が見られます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="21" />
        <source>Affine layer: each output u is a weighted sum of all the inputs plus a bias, u = xW + b. Click an output value to see its sum worked out; double-click an input or a weight to change it.</source>
        <translation>全結合層（Affine）：出力 u はそれぞれ、すべての入力の重み付き和にバイアスを足したもの u = xW + b です。出力の値をクリックすると計算の中身が、入力や重みをダブルクリックすると値の変更ができます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="26" />
        <source>Activation function: it is applied to each value on its own, so the shape does not change. Without it, stacked Affine layers would be one Affine layer.</source>
        <translation>活性化関数：値の一つひとつに別々に適用されるので、形状は変わりません。活性化関数がなければ、Affine 層を何層重ねても 1 層の Affine と同じです。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="30" />
        <source>Output layer: it turns u into the output y and compares y with the target t. The loss L measures how wrong the network is; training makes it smaller.</source>
        <translation>出力層：u を出力 y に変え、y を正解 t と比べます。損失 L はネットワークの誤りの大きさで、学習はこれを小さくします。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="34" />
        <source>Batch normalisation: every unit is shifted and scaled to mean 0 and variance 1 over the batch, then γ and β set its scale and offset.</source>
        <translation>バッチ正規化：各ユニットをバッチ全体で平均 0・分散 1 になるよう変換し、γ と β で拡大とずらしを加えます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="38" />
        <source>Dropout: while training, some units are switched off at random, so the network cannot rely on any single one.</source>
        <translation>ドロップアウト：学習中はユニットの一部をランダムに消すので、ネットワークは特定のユニットに頼れません。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="42" />
        <source>This layer only rearranges the numbers.</source>
        <translation>この層は値を並べ替えるだけです。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="43" />
        <source>The forward pass is finished: press &lt;b&gt;Step backward&lt;/b&gt; (←) to send the gradient back.</source>
        <translation>順伝播が終わりました。&lt;b&gt;逆伝播を 1 層&lt;/b&gt;（←）を押して勾配を戻しましょう。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="46" />
        <source>Backpropagation starts at the loss. For this output layer the gradient is simply ∂L/∂u = (y − t)/N: how far each output is from its target.</source>
        <translation>逆伝播は損失から始まります。この出力層の勾配は単純に ∂L/∂u = (y − t)/N で、各出力が正解からどれだけ離れているかを表します。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="50" />
        <source>The gradient δ arriving from above is used three times: ∂L/∂W = xᵀ·δ and ∂L/∂b = Σδ say how to change this layer's weights, and ∂L/∂x = δ·Wᵀ is passed down to the layer below.</source>
        <translation>上から届いた勾配 δ は 3 か所で使われます。∂L/∂W = xᵀ·δ と ∂L/∂b = Σδ はこの層の重みの変え方を示し、∂L/∂x = δ·Wᵀ は下の層へ渡されます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="55" />
        <source>The step function is flat everywhere (except at 0), so its derivative is 0 and the gradient stops here: the layers below cannot learn.</source>
        <translation>ステップ関数は（0 以外で）どこでも平らなので微分は 0 になり、勾配はここで止まります。下の層は学習できません。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="59" />
        <source>Going back through an activation multiplies δ by its derivative, element by element.</source>
        <translation>活性化関数を逆にたどると、δ に微分が要素ごとに掛けられます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="62" />
        <source>The gradient passes back through this layer.</source>
        <translation>勾配がこの層を逆向きに通ります。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/narration.py" line="64" />
        <source>The backward pass is finished: every gradient is known. Press &lt;b&gt;Apply update&lt;/b&gt; (A) to change the weights.</source>
        <translation>逆伝播が終わり、すべての勾配がわかりました。&lt;b&gt;重みを更新&lt;/b&gt;（A）を押して重みを変えましょう。</translation>
    </message>
</context>
<context>
    <name>StepSlots</name>
    <message>
        <location filename="../../../ui/stepper/slots.py" line="139" />
        <source>before the update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/slots.py" line="140" />
        <source>after the update</source>
        <translation>更新後</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="31" />
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="33" />
        <source>What this step does</source>
        <translation>このステップの説明</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="38" />
        <source>layer %1 of %2: %3</source>
        <translation>第 %1 層（全 %2 層）：%3</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="42" />
        <source>Forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="43" />
        <source>Backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="44" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="49" />
        <source>Update · %1, η = %2</source>
        <translation>更新 · %1、η = %2</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="61" />
        <source>Next: forward through layer %1 (%2)</source>
        <translation>次：第 %1 層（%2）の順伝播</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="65" />
        <source>Next: backward through layer %1 (%2)</source>
        <translation>次：第 %1 層（%2）の逆伝播</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="68" />
        <source>Next: apply the update (or step forward for a new pass without it)</source>
        <translation>次：重みを更新（更新せずに順伝播を始めることもできます）</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="70" />
        <source>Next: step forward to start a new pass with the new weights</source>
        <translation>次：新しい重みで順伝播を始めます</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="90" />
        <source>Click a layer to see its step.</source>
        <translation>層をクリックするとそのステップを表示します。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="99" />
        <source>Circles: the gradients that have come back so far (sample 1). Click a layer to see its step.</source>
        <translation>円：ここまで逆伝播してきた勾配（サンプル 1）。層をクリックするとそのステップを表示します。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="107" />
        <source>Circles: the values of sample 1 (blue positive, orange negative); lines: the weights. Click a layer to see its step.</source>
        <translation>円：サンプル 1 の値（青は正、橙は負）、線：重み。層をクリックするとそのステップを表示します。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="118" />
        <source>No network</source>
        <translation>ネットワークがありません</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="131" />
        <source>Ready · the input and the target</source>
        <translation>準備完了 · 入力と正解</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="132" />
        <source>Press &lt;b&gt;Step forward&lt;/b&gt; (→ or F) to compute the first layer.</source>
        <translation>&lt;b&gt;順伝播を 1 層&lt;/b&gt;（→ または F）を押すと最初の層を計算します。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="172" />
        <source>layer %1: %2 %3</source>
        <translation>第 %1 層：%2 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="192" />
        <source>The weights were just updated, so values cannot be edited now: undo the update, or step forward to start a new pass with the new weights.</source>
        <translation>重みを更新した直後なので、今は値を編集できません。更新を元に戻すか、順伝播を進めて新しい重みで計算を始めてください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="196" />
        <source>Click a computed value to see how it is computed. Double-click an input, a weight or the target to change it: everything after it is recomputed.</source>
        <translation>計算結果の値をクリックすると計算の中身を表示します。入力・重み・正解をダブルクリックすると変更でき、その後の値はすべて計算し直されます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="201" />
        <source>Click a computed value to see how it is computed.</source>
        <translation>計算結果の値をクリックすると計算の中身を表示します。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="239" />
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="248" />
        <source>Ready: nothing computed yet</source>
        <translation>準備完了：まだ何も計算していません</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/view_render.py" line="260" />
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="205" />
        <source>Cannot step this network with this data: %1</source>
        <translation>このデータではネットワークを 1 層ずつ実行できません：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/session.py" line="21" />
        <source>the input has shape %1, but the network takes %2 (or a batch N×%2).</source>
        <translation>入力の形状は %1 ですが、ネットワークの入力は %2（またはバッチ N×%2）です。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/session.py" line="27" />
        <source>the targets t do not fit the output layer (%1).</source>
        <translation>正解 t が出力層に合いません（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/session.py" line="30" />
        <source>the loss is not a finite number for these values.</source>
        <translation>この値では損失が有限の数になりません。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="257" />
        <source>Finish the forward pass first: step forward to the output layer.</source>
        <translation>先に順伝播を終えてください：出力層まで順伝播を進めます。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="277" />
        <source>Finish the backward pass first: the update needs every gradient.</source>
        <translation>先に逆伝播を終えてください：更新にはすべての勾配が必要です。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="345" />
        <source>This step could not be computed: %1</source>
        <translation>このステップを計算できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="375" />
        <source>Layer %1 has not been computed yet.</source>
        <translation>第 %1 層はまだ計算していません。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="414" />
        <source>%1 is now %2: every value after it was recomputed.</source>
        <translation>%1 を %2 にしました。その後の値はすべて計算し直されました。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/session.py" line="42" />
        <source>a label must be a whole number from 0 to %1</source>
        <translation>ラベルは 0 から %1 までの整数です</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/session.py" line="56" />
        <source>The weights were just updated, so values cannot be edited now: undo the update, or step forward to start a new pass.</source>
        <translation>重みを更新した直後なので、今は値を編集できません。更新を元に戻すか、順伝播を進めて新しく計算を始めてください。</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/session.py" line="59" />
        <source>That value was not accepted: %1</source>
        <translation>この値は受け付けられません：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/stepper/step_view.py" line="420" />
        <source>“%1” is not a number. Type a value such as 0.5, −2 or 1e-3.</source>
        <translation>「%1」は数ではありません。0.5、−2、1e-3 のような値を入力してください。</translation>
    </message>
</context>
</TS>